<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>&amp;Complaints and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk indicators over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note a risk check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People and officer profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom / marked as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>After disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each report, complaint or time you told someone, with what was written down for the days after it. Entries marked as retaliation, counter-allegation, threats, stalking or misuse of police power are in bold. This shows what came after, in time; it does not say why. {basis} When a date is not exact and could be before or after a disclosure, the entry is listed apart, under “{around}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this is &amp;counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <comment>after a number of days in a box</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after each disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what followed &amp;within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures and what followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to show its entry on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{entries}, %n marked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{entries}; %n order uncertain</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{when}. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{followed}: %n entries around the same time (order not certain)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No reports, complaints or disclosures are written down yet. An entry of kind “Report”, one with a report or complaint in it, or one marked “I told someone here” counts as a disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In the {days} after it, nothing written down is marked as retaliation or something like it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the {days} after each, nothing written down is marked as retaliation or something like it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In the {days} after it, %n entries are marked as retaliation or something like it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the {days} after each, %n entries are marked as retaliation or something like it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You spoke up %n times.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. While it is fresh, would you like to add a few details?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you can, and only what you know:
{details}

You can add them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge or service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Station or command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superv&amp;isor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer details over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Entries that mention this person (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a change in officer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what is different now. The earlier details stay on the profile with the dates, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2025-06-01, or 2025-06</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. transferred, promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;change (transfer, promotion)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people added yet. People are added from an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pointer} You can keep their details in the app&apos;s support contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pointer} Your support contacts: {contacts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk indicators over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk indicators by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed between checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note a new risk check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed from one check to the next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk checks written down yet. “Note a new risk check” starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed between the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written down in: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they did: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open matters only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind of body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, names, what was said…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports and complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a report or complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of {total} · %n still open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No reports or complaints written down yet. “Add a report or complaint…” below writes one down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted &amp;timestamps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is not encrypted: anyone who has the file can read it. If you can, save it to a USB stick you keep safe rather than to this computer or a synced folder, and delete copies you no longer need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;This journal has %n problems&lt;/b&gt; (damage or changes made outside the app). What cannot be read will be missing from the export, and the export says so on its cover, on its integrity page and in its manifest. Safety → Repair a damaged journal… copies what can be read into a new file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide for this audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick at least one kind of entry to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file called {name} there. Please choose another name; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped. No file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be finished because of something the app did not expect. No file was left behind, and the journal is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court bundle (.zip): chronology, evidence files and a signed list of hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology (PDF) only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet of the chronology (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data for case-management software (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original files are the strongest evidence, so they are included unless you tick this. If you leave them out, the chronology still shows each picture, without the place, and the bundle lists each original&apos;s SHA-256, so the original can be checked against it if you share it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <comment>dates: from this day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>dates: up to this day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these categories
(none ticked: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes will be in the export, readable by everyone who receives it. Leave this off unless you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include earlier versions of each entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include risk indicators (risk checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include contact over time (messages and calls per day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart of the imported messages and calls in these dates, per day and sender, with the busiest days and how many came between 22:00 and 04:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After disclosure: days shown after each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After disclosure, show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. SMITH (pages become SMITH-000001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page stamp prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a declaration page with a signature line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the PDF&apos;s headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headings and explanations the app adds to the PDF. What you wrote is never translated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave these photos out of the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places in photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photos carry the places where they were taken (GPS). Anyone with the export can see those places.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures could not be checked for a location.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A signed PDF shows in Adobe Reader, Okular and other readers as signed and not changed since you exported it. Some court filing systems refuse signed files: untick this to save a plain PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many e-filing systems limit the size of a file. The chronology is then saved as NAME-1.pdf, NAME-2.pdf, …, each under the size, numbered as one document, with an index of which entry is in which volume in the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into volumes of at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <comment>megabytes, after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest size of one volume, in megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <extracomment>The places preview_redactions names (a field of an entry), in words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people or injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to hide from this audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. For the court, For the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide whole fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: an address, a school, the name of a shelter…
Each is hidden wherever it appears in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give this profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to &amp;hide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of what this copy hides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be hidden, apart from private notes if left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what this profile hides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {field}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This profile hides text in %n places, listed below. Evidence files are included exactly as they are; hiding text does not change what is inside a photo or document.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This profile hides nothing in the entries chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of what this profile hides could not be made just now. The profile still applies when you export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the person receiving it wants to check that it came from you: give them this signing-key fingerprint separately, for example by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing-key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a trusted timestamp now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trusted timestamp is a signed statement from an independent timestamp authority that your journal, as it is now, existed no later than a certain time. A court can check it without trusting this computer&apos;s clock.&lt;br&gt;&lt;br&gt;&lt;b&gt;What is sent:&lt;/b&gt; only a hash of the journal&apos;s chain head, a string of 64 characters from which nothing can be read back. No entry, name, file or date is ever sent.&lt;br&gt;&lt;b&gt;What the authority learns:&lt;/b&gt; that someone asked for a timestamp, from this computer&apos;s internet address, and when. If that address could point to you, leave this off or use it from another network.&lt;br&gt;&lt;br&gt;It is off until you tick an authority below. You can ask for a timestamp after each export (“Get a trusted timestamp now”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp authorities to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (an authority&apos;s RFC 3161 address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another authority&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} will be asked too once you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{authority} vouches that your journal existed as it is now no later than {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}.</source>
        <comment>an authority&apos;s error as a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp is kept inside your journal, and goes into your next court bundle and onto its integrity page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. You can try again later, or choose another authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}, {clock} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timestamp authority is chosen, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Asking %n timestamp authorities… Only a hash is sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No timestamp could be stored. The journal is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key {number}: {fingerprint} (in use from {since})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal has used several signing keys, oldest first; each was announced by the one before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted timestamps (each checked against the certificate inside it; check the authority&apos;s own certificate with openssl ts -verify):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal it was made from was damaged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Everything in {name} matches. All %n files are as they were when signed, and the signing key is the one you confirmed with the sender.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything in {name} matches its signed list: all %n files are as they were when signed by the key whose fingerprint is under For checking.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That shows who made it only once this fingerprint is confirmed with the sender by another way (for example by phone or on paper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the fingerprint they gave you above to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n files in {name} are as they were when signed, but not by the key you confirmed: {reason}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra files were added to {name}; every listed file ({listed}) matches and the signature is valid (its fingerprint is under For checking). The added files are listed below; they were not part of the export.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is not as it was exported: %n problems, listed below. Files not listed matched.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The signature itself is valid (its fingerprint is under For checking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bundle (.zip) or the folder it was unpacked into. No journal or passphrase is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 3f2a 9c01 … (spaces do not matter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing-key fingerprint the sender gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing-key &amp;fingerprint the sender gave you by phone or on paper (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing-key fingerprint of the bundle, to compare with the one the sender gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unpacked bundle folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be read: something happened that the app did not expect. The bundle was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volumes ({first} to {last})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {file} with {entries} and {files}, in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file} with {entries}, in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photos with a location were left out, as you chose; the manifest lists their SHA-256.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They need no app to check it: the bundle carries verify.html, which checks it in any web browser, and README-VERIFY.txt, which explains it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is signed: a PDF reader shows it as not changed since this export (it proves it is unaltered, not who wrote it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is not signed, as you chose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
