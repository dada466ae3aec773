<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>+%n days</source>
        <translation>
            <numerusform>+%n day</numerusform>
            <numerusform>+%n days</numerusform>
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
        <source>{entries}, %n marked</source>
        <translation>
            <numerusform>{entries}, %n marked</numerusform>
            <numerusform>{entries}, %n marked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{entries}; %n order uncertain</source>
        <translation>
            <numerusform>{entries}; %n order uncertain</numerusform>
            <numerusform>{entries}; %n order uncertain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{followed}: %n entries around the same time (order not certain)</source>
        <translation>
            <numerusform>{followed}: %n entry around the same time (order not certain)</numerusform>
            <numerusform>{followed}: %n entries around the same time (order not certain)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>inside: In the {days} after it</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the {days} after it, %n entries are marked as retaliation or something like it.</source>
        <translation>
            <numerusform>In the {days} after it, %n entry is marked as retaliation or something like it.</numerusform>
            <numerusform>In the {days} after it, %n entries are marked as retaliation or something like it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the {days} after each, %n entries are marked as retaliation or something like it.</source>
        <translation>
            <numerusform>In the {days} after each, %n entry is marked as retaliation or something like it.</numerusform>
            <numerusform>In the {days} after each, %n entries are marked as retaliation or something like it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You spoke up %n times.</source>
        <translation>
            <numerusform>You spoke up once.</numerusform>
            <numerusform>You spoke up %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries that mention this person (%n)</source>
        <translation>
            <numerusform>Entries that mention this person (%n)</numerusform>
            <numerusform>Entries that mention this person (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of {total} · %n still open</source>
        <translation>
            <numerusform>Showing {shown} of {total} · %n still open</numerusform>
            <numerusform>Showing {shown} of {total} · %n still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;This journal has %n problems&lt;/b&gt; (damage or changes made outside the app). What cannot be read will be missing from the export, and the export says so on its cover, on its integrity page and in its manifest. Safety → Repair a damaged journal… copies what can be read into a new file.</source>
        <translation>
            <numerusform>&lt;b&gt;This journal has %n problem&lt;/b&gt; (damage or changes made outside the app). What cannot be read will be missing from the export, and the export says so on its cover, on its integrity page and in its manifest. Safety → Repair a damaged journal… copies what can be read into a new file.</numerusform>
            <numerusform>&lt;b&gt;This journal has %n problems&lt;/b&gt; (damage or changes made outside the app). What cannot be read will be missing from the export, and the export says so on its cover, on its integrity page and in its manifest. Safety → Repair a damaged journal… copies what can be read into a new file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos carry the places where they were taken (GPS). Anyone with the export can see those places.</source>
        <translation>
            <numerusform>%n photo carries the place where it was taken (GPS). Anyone with the export can see that place.</numerusform>
            <numerusform>%n photos carry the places where they were taken (GPS). Anyone with the export can see those places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures could not be checked for a location.</source>
        <translation>
            <numerusform>%n picture could not be checked for a location.</numerusform>
            <numerusform>%n pictures could not be checked for a location.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This profile hides text in %n places, listed below. Evidence files are included exactly as they are; hiding text does not change what is inside a photo or document.</source>
        <translation>
            <numerusform>This profile hides text in %n place, listed below. Evidence files are included exactly as they are; hiding text does not change what is inside a photo or document.</numerusform>
            <numerusform>This profile hides text in %n places, listed below. Evidence files are included exactly as they are; hiding text does not change what is inside a photo or document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asking %n timestamp authorities… Only a hash is sent.</source>
        <translation>
            <numerusform>Asking %n timestamp authority… Only a hash is sent.</numerusform>
            <numerusform>Asking %n timestamp authorities… Only a hash is sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything in {name} matches. All %n files are as they were when signed, and the signing key is the one you confirmed with the sender.</source>
        <translation>
            <numerusform>Everything in {name} matches. Its %n file is as it was when signed, and the signing key is the one you confirmed with the sender.</numerusform>
            <numerusform>Everything in {name} matches. All %n files are as they were when signed, and the signing key is the one you confirmed with the sender.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything in {name} matches its signed list: all %n files are as they were when signed by the key whose fingerprint is under For checking.</source>
        <translation>
            <numerusform>Everything in {name} matches its signed list: its %n file is as it was when signed by the key whose fingerprint is under For checking.</numerusform>
            <numerusform>Everything in {name} matches its signed list: all %n files are as they were when signed by the key whose fingerprint is under For checking.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n files in {name} are as they were when signed, but not by the key you confirmed: {reason}.</source>
        <translation>
            <numerusform>The %n file in {name} is as it was when signed, but not by the key you confirmed: {reason}.</numerusform>
            <numerusform>All %n files in {name} are as they were when signed, but not by the key you confirmed: {reason}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra files were added to {name}; every listed file ({listed}) matches and the signature is valid (its fingerprint is under For checking). The added files are listed below; they were not part of the export.</source>
        <translation>
            <numerusform>An extra file was added to {name}; every listed file ({listed}) matches and the signature is valid (its fingerprint is under For checking). The added file is listed below; it was not part of the export.</numerusform>
            <numerusform>%n extra files were added to {name}; every listed file ({listed}) matches and the signature is valid (its fingerprint is under For checking). The added files are listed below; they were not part of the export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is not as it was exported: %n problems, listed below. Files not listed matched.</source>
        <translation>
            <numerusform>{name} is not as it was exported: %n problem, listed below. Files not listed matched.</numerusform>
            <numerusform>{name} is not as it was exported: %n problems, listed below. Files not listed matched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volumes ({first} to {last})</source>
        <translation>
            <numerusform>%n volume ({first} to {last})</numerusform>
            <numerusform>%n volumes ({first} to {last})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos with a location were left out, as you chose; the manifest lists their SHA-256.</source>
        <translation>
            <numerusform>%n photo with a location was left out, as you chose; the manifest lists its SHA-256.</numerusform>
            <numerusform>%n photos with a location were left out, as you chose; the manifest lists their SHA-256.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: the date {date} passed %n days ago.</source>
        <translation>
            <numerusform>{what}: the date {date} passed %n day ago.</numerusform>
            <numerusform>{what}: the date {date} passed %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: the next date is in %n days, {date}.</source>
        <translation>
            <numerusform>{what}: the next date is in %n day, {date}.</numerusform>
            <numerusform>{what}: the next date is in %n days, {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the tracker.</source>
        <translation>
            <numerusform>…and %n more in the tracker.</numerusform>
            <numerusform>…and %n more in the tracker.</numerusform>
        </translation>
    </message>
</context>
</TS>
