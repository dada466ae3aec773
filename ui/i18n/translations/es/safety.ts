<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps things simple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groceries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items this month</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lentil soup</source>
        <extracomment>(name, ingredients, method), in English; shown in the interface language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 onion, 2 carrots, 200 g red lentils, 1 litre stock, cumin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soften the onion and carrots, add the lentils, stock and a pinch of cumin, simmer for 25 minutes and blend half of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banana bread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 ripe bananas, 75 g butter, 150 g sugar, 1 egg, 190 g flour, 1 tsp baking soda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mash the bananas, stir in the melted butter, sugar and egg, fold in the flour and soda, bake at 175 °C for an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomato pasta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>400 g pasta, 1 tin of tomatoes, 2 cloves of garlic, olive oil, basil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fry the garlic in the oil, add the tomatoes and simmer for 15 minutes, toss with the cooked pasta and basil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vegetable curry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 onion, 2 potatoes, 1 tin of chickpeas, 1 tin of coconut milk, curry paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fry the onion and paste, add the diced potatoes, chickpeas and coconut milk, simmer until the potatoes are soft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pancakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 g flour, 2 eggs, 300 ml milk, a pinch of salt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisk everything smooth, rest for 10 minutes, fry thin in a hot buttered pan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a recipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy milk and bread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library books back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the electricity bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water the plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the dentist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {count} done</source>
        <comment>tasks ticked, of all tasks</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly cloudy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light rain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town or postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next five days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forecast found for “{place}” offline. Showing your saved place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved place · updated this morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {sky}, high {high}, low {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low tonight {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That would have opened it: the passphrase page would appear now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That would not have opened it. On the real one nothing would happen. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise the way in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what the locked app shows. To get past it, type your word anywhere you can type in it, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what the locked app shows. To get past it, press your keys one after the other (nothing shows until the last one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing given yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept as saved: type a new one to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press {low} to {high} keys, one after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is taken by quick exit: choose other keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is taken by the page&apos;s own menu: choose other keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold Ctrl or Alt with each key (or use F-keys), so ordinary typing never matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase page (not disguised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A working page of the app it is named after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a secret &amp;word into it, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a secret series of &amp;keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a word of at least %n letters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a single word, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last backup %n days ago; a fresh one keeps your record safe</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>last backup {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries · {backup}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That folder cannot be found. Is the USB stick plugged in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is {size} GiB, but this stick is formatted as FAT32, which cannot hold files over 4 GiB. A stick formatted as exFAT or NTFS will work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space there ({free} MiB free, the journal needs {needed} MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole journal. It opens with the same passphrase or recovery code. Keep one away from home, for example on a USB stick with someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder or USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a backup to a new place and opens it there. Nothing existing is overwritten. You will need the passphrase the backup was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the journal to make a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup has been made from this app yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: {when} (today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last backup: {when} (%n days ago).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Where to put the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a folder or USB stick first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the copy and checking it against the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The copy was checked and saved as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to put the restored journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the backup and checking the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored to {file}. It will open next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples of places worth listing: a domestic-violence service or helpline, legal aid, the independent police-oversight body, the prosecutor&apos;s office, and a way to report that does not go through the local police command. No numbers are built in: add the ones that are right where you live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, address, website, opening hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to ask for, what to bring, what they said…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. Save the list to keep this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was lost; the list is as you left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved inside the encrypted journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and hide everything at once ({key}, or Esc twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minutes without use, to keep it private. Anything you were writing was kept, encrypted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>Key (kept in settings) -&gt; the name, in English; shown through `tr` (`look_name`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unfinished entry (“{title}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unfinished entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a new entry you were writing on {when}. It was kept, encrypted, when the journal closed. You can go on with it now, or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is changes to an entry you were writing on {when}. It was kept, encrypted, when the journal closed. You can go on with it now, or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unrecorded time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use from {since}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase and recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase that the other person could not guess. The old one stops working here; the recovery code stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes a moment on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. From now on the journal opens with the new passphrase. Exports are now signed with a new signing key (see the Signing key tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the recovery code may have been seen by someone else, make a new one. The old code stops working at once. The new one is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save emergency &amp;sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it with someone you trust or away from home, not with the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports are signed so that whoever receives one can check it was not changed. The signing-key fingerprint identifies the key: read it to them by phone or give it on paper, so they can compare it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new signing key is made each time you change the passphrase or the recovery code. Every backup or old copy of this journal still holds the signing key that was in use when it was made, so someone who has an old copy and the old passphrase could sign files with that old key, but never with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you think an old copy was taken, make a new signing key and give the new fingerprint to the people who receive your exports. The old key signs a short note naming the new one, which goes into every bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing-key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new &amp;signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signing key of this journal, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing-key fingerprint now in use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a new signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Exports from now on are signed with the new key. Bundles you made before keep the old one. Give the new fingerprint to the people who receive your exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a new recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old recovery code no longer works. Exports are now signed with a new signing key (see the Signing key tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not match the group shown. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. The new code is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase and recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staying safe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repair a damaged journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To open this file in another program, an unencrypted copy has to be made. It is kept in a private temporary folder (in memory where this computer allows it) and is wiped when you lock, use quick exit or close the app.

The other program may still remember it: in its list of recent files, in a thumbnail, or in its own backups. If someone else may look through this computer, viewing the file here is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in another program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a temporary unencrypted copy, after a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in another program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This makes a temporary copy that is NOT encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the copy and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer offered to open this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be made. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and hide everything at once ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a journal file was damaged (a failing disk, a pulled USB stick, a bad copy), this copies everything that can still be read into a new journal file. The damaged file is only read, never changed. The new file opens with the same passphrase, and what it holds still matches exports made before the damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied into {file}. Saved versions: {saved} of {found}. Evidence files: {files_saved} of {files_found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the file was missing; what followed the gap was lined up again before copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be read; the new journal starts them afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n things could not be saved; they are listed below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Repair a damaged journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the damaged journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journal file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repair into the new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the repaired journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the damaged journal and a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the damaged journal and copying what can be read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. No new file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair stopped because of something the app did not expect. No new file was left behind, and the damaged journal was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged journal was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger now</source>
        <extracomment>A tab&apos;s sections: (heading, its points). One string per point, so that a translator works on a sentence or two at a time; {key} is the quick-exit key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Get to a safe place&lt;/b&gt; if you can: another room with a lock, a neighbour, a shop, anywhere with other people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Call your local emergency number&lt;/b&gt; if it is safe to. If you cannot speak, many emergency services can be reached by text message: find out now how it works where you live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the person hurting you is a police officer, you can still call. You can say that the person is an officer and ask for a supervisor, or for officers from another station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &lt;b&gt;support contacts&lt;/b&gt; (the last tab) are the people and services you chose to have at hand: a helpline, an advocate, a friend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This journal can wait.&lt;/b&gt; Quick exit (the button at the top, {key}) hides it at once, and what you were writing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this app protects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write and every piece of evidence is kept in &lt;b&gt;one encrypted file&lt;/b&gt;. Without your passphrase or recovery code it cannot be read, even by someone who copies the file or takes the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing readable is written anywhere else on this computer: no temporary files, no thumbnails, no recent-files lists, no readable settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It locks itself when you stop using it for a while, and when the screen locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved change is kept with the time it was saved, so a lawyer or court can see that the record was not changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it cannot protect against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;A keylogger&lt;/b&gt; or other spying program on this computer: it can see what you type, including the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone watching the screen&lt;/b&gt;, or a camera pointed at it, while the journal is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;A computer the other person controls&lt;/b&gt; (they set it up, know its password, or can install programs on it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Stalkerware on a phone&lt;/b&gt;: photos and messages may be seen on the phone before they reach this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;A cloud account the other person can reach&lt;/b&gt;: files synced there (photos, backups, exports) may be seen by them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using it more safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can, use a computer the other person cannot reach, for example at a friend&apos;s, at work or at a library you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Quick exit&lt;/b&gt;: the button at the top, &lt;b&gt;{key}&lt;/b&gt;, or &lt;b&gt;Esc twice&lt;/b&gt; locks everything and hides the app at once. Under Safety settings you can choose an empty notepad to appear instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Disguise&lt;/b&gt;: under Safety settings you can give the app another name and icon (Notes, Budget, Recipes…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt;: make one regularly and keep it away from home, with someone you trust. Keep the &lt;b&gt;recovery code&lt;/b&gt; there too, not with the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (PDFs, bundles) and saved copies of evidence are &lt;b&gt;not encrypted&lt;/b&gt;. Save them to a USB stick, hand them over, then delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you think someone knows your passphrase or has seen the recovery code, change them under Passphrase and recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it protects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using it safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staying safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My support contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list of support contacts is kept inside the encrypted journal. Unlock it to see or change the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this long without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name and icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the app is called in window titles and the taskbar. Pick one that would not draw attention on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When locked, show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal also locks when the computer&apos;s screen locks or sleeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit: the button at the top, {key}, or Esc pressed twice. From the empty notepad, {back} brings back the passphrase screen; from a working page, your secret way in does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the working page, as when locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an empty notepad instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <comment>after a number: lock after 5 minutes</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
