<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>&amp;Conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Linked %n messages to “{title}”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No entry made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact per day by sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calls</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} {count}</source>
        <comment>a sender and their count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {messages}, {calls} ({senders})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{messages} and {calls} between {start} and {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages or calls match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{messages} and {calls} on {days}, from {first} to {last}; {night}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Busiest days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days with contact</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with contact; the most on {day} ({count})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>WhatsApp writes the time as the phone showed it, without saying which time zone the phone was set to. Which zone was it? This computer&apos;s zone is filled in; change it if the phone was somewhere else (for example Europe/Berlin or +01:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every time from this chat will be shown with this zone and the words “assumed: zone confirmed by the user”, and the time exactly as the export wrote it is kept beside it. Nothing is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import with this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” is a WhatsApp chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone this computer knows. Try a name such as Europe/London or an offset such as +02:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message file not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” was not imported, and nothing was stored:
{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you know what kind of export it is, &amp;read it as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ry as this format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: imported before; nothing new was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {messages} and {calls} stored, {known} already in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {messages} and {calls} stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times shown in {zone} (assumed, confirmed by you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times shown in {zone} (assumed, not confirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not imported; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “{file}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “{file}”: {count} read so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that the app did not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Link %n messages to this entry:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages from {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming</source>
        <extracomment>A call&apos;s direction as the parsers store it (journal/messages/model.py CallDirection).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(system line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media left out of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the notes about a message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: {sender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written in the export: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where in the export file: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “From” date “{text}” is not a date like 2025-03-14.</source>
        <extracomment>The two date filters&apos; complaints, one whole sentence each.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “To” date “{text}” is not a date like 2025-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words in a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected message, exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry from these messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens blurred until you choose to look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;alls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{messages} and {calls} (the first {shown} are shown; narrow the search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{messages} and {calls}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n messages chosen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About this picture&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: an older photo of the same bruise; the camera&apos;s clock was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note about the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an unencrypted copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can reach the place you save it to, including anyone who looks through this computer, will be able to open it. If you can, save it to a USB stick or other removable drive that you keep somewhere safe, rather than to this computer.

The copy is checked against the SHA-256 recorded when the file was added, so you can show it is the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the copy and checking it against the recorded SHA-256…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was saved as {path}.

It matches the SHA-256 recorded when the file was added. Remember that this copy is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence in the journal is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <extracomment>EXIF orientations that turn the picture a quarter: its width and height swap.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{size} ({count} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} × {height} pixels as stored; shown upright as {height} × {width}, turned as the camera&apos;s orientation tag says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by the app when the file was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken (camera&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;For checking&lt;/b&gt; (the exact type, size and fingerprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type (from its content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that the app did not expect while adding this file. Nothing from it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence to this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {name}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping… nothing half-added will be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding “{name}” ({number} of {count}): {done} of {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding “{name}”: {done} of {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is encrypted into the journal; the original file stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can stop at any time; nothing half-added is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files were added to the entry.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to know (the files are stored exactly as they are):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence belongs to an entry. Choose the entry in the list first, then drop the files on it again. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video. It plays only when you choose Play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recording. It plays only when you choose Play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound output was found on this computer, so nothing will be heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording is too large to play inside the app. It stays stored unchanged; you can save a copy to play it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be read. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording cannot be played here ({reason}). It stays stored unchanged; you can still save a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is blurred until you choose to look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the picture clearly (you can blur it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the window ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blur pictures when I open them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blur again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown clearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty (0 bytes), so there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents are not previewed inside the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of this type ({type}) are not previewed inside the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture could not be decoded for display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: kept from an imported message export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the original file out, unencrypted, after a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evidence cannot be opened. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be previewed here.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} It stays stored unchanged; you can still save a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is too large to preview inside the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy could not be read. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first 2 MiB only. Save a copy to read all of it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
