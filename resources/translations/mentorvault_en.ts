<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttachmentStrip</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message numerus="yes">
        <source>Wrote one fresh backup, %1, and removed %n older backups.</source>
        <translation>
            <numerusform>Wrote one fresh backup, %1, and removed one older backup.</numerusform>
            <numerusform>Wrote one fresh backup, %1, and removed %n older backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message numerus="yes">
        <source>Next meeting due %1, in %n days.</source>
        <translation>
            <numerusform>Next meeting due %1, in %n day.</numerusform>
            <numerusform>Next meeting due %1, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A meeting was due %1, %n days ago. Time to get in touch?</source>
        <translation>
            <numerusform>A meeting was due %1, %n day ago. Time to get in touch?</numerusform>
            <numerusform>A meeting was due %1, %n days ago. Time to get in touch?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next meeting with %1 due %2, in %n days.</source>
        <translation>
            <numerusform>Next meeting with %1 due %2, in %n day.</numerusform>
            <numerusform>Next meeting with %1 due %2, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A meeting with %1 was due %2, %n days ago. Time to get in touch?</source>
        <translation>
            <numerusform>A meeting with %1 was due %2, %n day ago. Time to get in touch?</numerusform>
            <numerusform>A meeting with %1 was due %2, %n days ago. Time to get in touch?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>meets every %n days</source>
        <translation>
            <numerusform>meets every day</numerusform>
            <numerusform>meets every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndRelationshipDialog</name>
    <message numerus="yes">
        <source>Stop sharing everything with %1 (%n entries)</source>
        <translation>
            <numerusform>Stop sharing everything with %1 (%n entry)</numerusform>
            <numerusform>Stop sharing everything with %1 (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %1 is archived: they leave the sidebar, and their bundles are no longer accepted.
• What %1 shared with you (%n entries in your inbox) is wiped from this vault.</source>
        <translation>
            <numerusform>• %1 is archived: they leave the sidebar, and their bundles are no longer accepted.
• What %1 shared with you (%n entry in your inbox) is wiped from this vault.</numerusform>
            <numerusform>• %1 is archived: they leave the sidebar, and their bundles are no longer accepted.
• What %1 shared with you (%n entries in your inbox) is wiped from this vault.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryListPage</name>
    <message numerus="yes">
        <source>%1 entries</source>
        <translation>
            <numerusform>%1 entry</numerusform>
            <numerusform>%1 entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>The personal dictionary is full (%n words). Remove some words in Settings first.</source>
        <translation>
            <numerusform>The personal dictionary is full (%n word). Remove some words in Settings first.</numerusform>
            <numerusform>The personal dictionary is full (%n words). Remove some words in Settings first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these entries belong to your relationship with someone else. In Share…, tick each one you really mean to send; nothing was sent.</source>
        <translation>
            <numerusform>%n of these entries belongs to your relationship with someone else. In Share…, tick it only if you really mean to send it; nothing was sent.</numerusform>
            <numerusform>%n of these entries belong to your relationship with someone else. In Share…, tick each one you really mean to send; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This bundle would be larger than %n MiB, too large for your partner to import; nothing was written. Share fewer or shorter entries at a time.</source>
        <translation>
            <numerusform>This bundle would be larger than %n MiB, too large for your partner to import; nothing was written. Share fewer or shorter entries at a time.</numerusform>
            <numerusform>This bundle would be larger than %n MiB, too large for your partner to import; nothing was written. Share fewer or shorter entries at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That file is too large to attach: files up to %n MiB can be attached. Nothing was attached.</source>
        <translation>
            <numerusform>That file is too large to attach: files up to %n MiB can be attached. Nothing was attached.</numerusform>
            <numerusform>That file is too large to attach: files up to %n MiB can be attached. Nothing was attached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That attachment name is too long: use at most %n characters.</source>
        <translation>
            <numerusform>That attachment name is too long: use at most %n character.</numerusform>
            <numerusform>That attachment name is too long: use at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The attachments of the entries you chose add up to more than %n MiB, more than one bundle can carry; nothing was written. Share fewer of them at a time.</source>
        <translation>
            <numerusform>The attachments of the entries you chose add up to more than %n MiB, more than one bundle can carry; nothing was written. Share fewer of them at a time.</numerusform>
            <numerusform>The attachments of the entries you chose add up to more than %n MiB, more than one bundle can carry; nothing was written. Share fewer of them at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The attachments in this bundle add up to more than %n MiB, more than MentorVault accepts at once; nothing was stored. Ask your partner to share fewer of them at a time.</source>
        <translation>
            <numerusform>The attachments in this bundle add up to more than %n MiB, more than MentorVault accepts at once; nothing was stored. Ask your partner to share fewer of them at a time.</numerusform>
            <numerusform>The attachments in this bundle add up to more than %n MiB, more than MentorVault accepts at once; nothing was stored. Ask your partner to share fewer of them at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file is larger than %n MiB, too large to be a MentorVault bundle. Check that you picked the bundle your partner sent you.</source>
        <translation>
            <numerusform>This file is larger than %n MiB, too large to be a MentorVault bundle. Check that you picked the bundle your partner sent you.</numerusform>
            <numerusform>This file is larger than %n MiB, too large to be a MentorVault bundle. Check that you picked the bundle your partner sent you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That file is too large to be a contact card (a card is at most %n KiB). Pick the card file your partner sent you.</source>
        <translation>
            <numerusform>That file is too large to be a contact card (a card is at most %n KiB). Pick the card file your partner sent you.</numerusform>
            <numerusform>That file is too large to be a contact card (a card is at most %n KiB). Pick the card file your partner sent you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That name is longer than %n characters. Pick a shorter name, then try again.</source>
        <translation>
            <numerusform>That name is longer than one character. Pick a shorter name, then try again.</numerusform>
            <numerusform>That name is longer than %n characters. Pick a shorter name, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The field “%1” is too long: it takes at most %n characters. Shorten it, then save again.</source>
        <translation>
            <numerusform>The field “%1” is too long: it takes at most one character. Shorten it, then save again.</numerusform>
            <numerusform>The field “%1” is too long: it takes at most %n characters. Shorten it, then save again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The field “%1” has too many items: it takes at most %n. Remove some, then save again.</source>
        <translation>
            <numerusform>The field “%1” has too many items: it takes at most one. Remove some, then save again.</numerusform>
            <numerusform>The field “%1” has too many items: it takes at most %n. Remove some, then save again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A tag is up to %n characters, without commas or control characters. Change the tag, then save again.</source>
        <translation>
            <numerusform>A tag is up to one character, without commas or control characters. Change the tag, then save again.</numerusform>
            <numerusform>A tag is up to %n characters, without commas or control characters. Change the tag, then save again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An entry can have at most %n tags. Remove some, then save again.</source>
        <translation>
            <numerusform>An entry can have at most one tag. Remove the others, then save again.</numerusform>
            <numerusform>An entry can have at most %n tags. Remove some, then save again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message numerus="yes">
        <source>Saved %1, with %n entry(s), for %2. Give them the file however you like: only they (and you) can open it.</source>
        <translation>
            <numerusform>Saved %1, with %n entry, for %2. Give them the file however you like: only they (and you) can open it.</numerusform>
            <numerusform>Saved %1, with %n entries, for %2. Give them the file however you like: only they (and you) can open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bundle for %1, with %n entry(s), is in your exchange folder. It is imported when %1&apos;s MentorVault sees it.</source>
        <translation>
            <numerusform>The bundle for %1, with %n entry, is in your exchange folder. It is imported when %1&apos;s MentorVault sees it.</numerusform>
            <numerusform>The bundle for %1, with %n entries, is in your exchange folder. It is imported when %1&apos;s MentorVault sees it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportNotesDialog</name>
    <message numerus="yes">
        <source>All entries (%n)</source>
        <translation>
            <numerusform>All entries (%n)</numerusform>
            <numerusform>All entries (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The entries in the list now: %1 (%n)</source>
        <translation>
            <numerusform>The entries in the list now: %1 (%n)</numerusform>
            <numerusform>The entries in the list now: %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protected entries stay out while they are hidden. To include them, choose Show protected entries… first.</source>
        <translation>
            <numerusform>%n protected entry stays out while it is hidden. To include it, choose Show protected entries… first.</numerusform>
            <numerusform>%n protected entries stay out while they are hidden. To include them, choose Show protected entries… first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPreviewDialog</name>
    <message numerus="yes">
        <source>Entries that will be shared (%n)</source>
        <translation>
            <numerusform>Entry that will be shared (%n)</numerusform>
            <numerusform>Entries that will be shared (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %1 only: %n request(s) to delete entries you stopped sharing.</source>
        <translation>
            <numerusform>For %1 only: %n request to delete an entry you stopped sharing.</numerusform>
            <numerusform>For %1 only: %n requests to delete entries you stopped sharing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to delete entries you stopped sharing. Their app will be asked to delete its copy; a copy they already read cannot be taken back.</source>
        <translation>
            <numerusform>%n request to delete an entry you stopped sharing. Their app will be asked to delete its copy; a copy they already read cannot be taken back.</numerusform>
            <numerusform>%n requests to delete entries you stopped sharing. Their app will be asked to delete its copies; a copy they already read cannot be taken back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmation(s) that you removed entries they stopped sharing.</source>
        <translation>
            <numerusform>%n confirmation that you removed an entry they stopped sharing.</numerusform>
            <numerusform>%n confirmations that you removed entries they stopped sharing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your acceptance of %n agreement(s).</source>
        <translation>
            <numerusform>Your acceptance of %n agreement.</numerusform>
            <numerusform>Your acceptance of %n agreements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FocusBar</name>
    <message numerus="yes">
        <source>Write for %n minutes</source>
        <translation>
            <numerusform>Write for %n minute</numerusform>
            <numerusform>Write for %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message numerus="yes">
        <source>%n steps done so far.</source>
        <translation>
            <numerusform>%n step done so far.</numerusform>
            <numerusform>%n steps done so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message numerus="yes">
        <source>Imported %n entry(s).</source>
        <translation>
            <numerusform>Imported %n entry.</numerusform>
            <numerusform>Imported %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) imported before were skipped.</source>
        <translation>
            <numerusform>%n note imported before was skipped.</numerusform>
            <numerusform>%n notes imported before were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportNotesDialog</name>
    <message numerus="yes">
        <source>%n new note(s) will arrive.</source>
        <translation>
            <numerusform>%n new note will arrive.</numerusform>
            <numerusform>%n new notes will arrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n attached file(s).</source>
        <translation>
            <numerusform>With %n attached file.</numerusform>
            <numerusform>With %n attached files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) were imported before and will be skipped.</source>
        <translation>
            <numerusform>%n note was imported before and will be skipped.</numerusform>
            <numerusform>%n notes were imported before and will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n note(s)…</source>
        <translation>
            <numerusform>Importing %n note…</numerusform>
            <numerusform>Importing %n notes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message numerus="yes">
        <source>New (%n)</source>
        <translation>
            <numerusform>New (%n)</numerusform>
            <numerusform>New (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated (%n)</source>
        <translation>
            <numerusform>Updated (%n)</numerusform>
            <numerusform>Updated (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed at their request (%n)</source>
        <translation>
            <numerusform>Removed at their request (%n)</numerusform>
            <numerusform>Removed at their request (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped sharing %n entry(s); importing removes your copy and tells them so.</source>
        <translation>
            <numerusform>%1 stopped sharing %n entry; importing removes your copy and tells them so.</numerusform>
            <numerusform>%1 stopped sharing %n entries; importing removes your copies and tells them so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipts (%n)</source>
        <translation>
            <numerusform>Receipt (%n)</numerusform>
            <numerusform>Receipts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 confirms removing %n entry(s) you stopped sharing.</source>
        <translation>
            <numerusform>%1 confirms removing %n entry you stopped sharing.</numerusform>
            <numerusform>%1 confirms removing %n entries you stopped sharing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted %n of your boundary agreement(s).</source>
        <translation>
            <numerusform>%1 accepted %n of your boundary agreements.</numerusform>
            <numerusform>%1 accepted %n of your boundary agreements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) you already have, unchanged.</source>
        <translation>
            <numerusform>%n entry you already have, unchanged.</numerusform>
            <numerusform>%n entries you already have, unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightWords</name>
    <message numerus="yes">
        <source>Only %n session notes with a mood so far: no trend yet.</source>
        <translation>
            <numerusform>Only %n session note with a mood so far: no trend yet.</numerusform>
            <numerusform>Only %n session notes with a mood so far: no trend yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n session notes with an energy level so far: no trend yet.</source>
        <translation>
            <numerusform>Only %n session note with an energy level so far: no trend yet.</numerusform>
            <numerusform>Only %n session notes with an energy level so far: no trend yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You met %1 %n times in this period.</source>
        <translation>
            <numerusform>You met %1 once in this period.</numerusform>
            <numerusform>You met %1 %n times in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings came later than that.</source>
        <translation>
            <numerusform>%n meeting came later than that.</numerusform>
            <numerusform>%n meetings came later than that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You agreed to meet every %n days.</source>
        <translation>
            <numerusform>You agreed to meet every day.</numerusform>
            <numerusform>You agreed to meet every %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other goals in this period.</source>
        <translation>
            <numerusform>%n other goal in this period.</numerusform>
            <numerusform>%n other goals in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You also met %n other partners.</source>
        <translation>
            <numerusform>You also met %n other partner.</numerusform>
            <numerusform>You also met %n other partners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You received feedback %n times.</source>
        <translation>
            <numerusform>You received feedback once.</numerusform>
            <numerusform>You received feedback %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n action items are done.</source>
        <translation>
            <numerusform>%1 of %n action item is done.</numerusform>
            <numerusform>%1 of %n action items are done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message numerus="yes">
        <source>Every %n days (%1)</source>
        <translation>
            <numerusform>Every day (%1)</numerusform>
            <numerusform>Every %n days (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesOutActions</name>
    <message numerus="yes">
        <source>Wrote %n entry(s) to %1. It is not encrypted.</source>
        <translation>
            <numerusform>Wrote %n entry to %1. It is not encrypted.</numerusform>
            <numerusform>Wrote %n entries to %1. They are not encrypted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewBar</name>
    <message numerus="yes">
        <source>%n agreements are past their review date. Look at them together?</source>
        <translation>
            <numerusform>%n agreement is past its review date. Look at it together?</numerusform>
            <numerusform>%n agreements are past their review date. Look at them together?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RekeyDoneDialog</name>
    <message numerus="yes">
        <source>%n backups made before still open with the old passphrase and show only what the vault held when they were made.</source>
        <translation>
            <numerusform>%n backup made before still opens with the old passphrase and shows only what the vault held when it was made.</numerusform>
            <numerusform>%n backups made before still open with the old passphrase and show only what the vault held when they were made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderPump</name>
    <message numerus="yes">
        <source>%n new or updated entry(s).</source>
        <translation>
            <numerusform>%n new or updated entry.</numerusform>
            <numerusform>%n new or updated entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed at their request.</source>
        <translation>
            <numerusform>%n removed at their request.</numerusform>
            <numerusform>%n removed at their request.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n matches, best first.</source>
        <translation>
            <numerusform>%n match.</numerusform>
            <numerusform>%n matches, best first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeenDialog</name>
    <message numerus="yes">
        <source>%n bundle(s) sent to %1. Each entry below left at least once; this is the latest version they received and what happens to it now.</source>
        <translation>
            <numerusform>%n bundle sent to %1. Each entry below left at least once; this is the latest version they received and what happens to it now.</numerusform>
            <numerusform>%n bundles sent to %1. Each entry below left at least once; this is the latest version they received and what happens to it now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message numerus="yes">
        <source>With %n attached files: %1</source>
        <translation>
            <numerusform>With %n attached file: %1</numerusform>
            <numerusform>With %n attached files: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyBackupDialog</name>
    <message numerus="yes">
        <source>The backup is complete and readable. It holds %n entries.</source>
        <translation>
            <numerusform>The backup is complete and readable. It holds %n entry.</numerusform>
            <numerusform>The backup is complete and readable. It holds %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceNotices</name>
    <message numerus="yes">
        <source>Protected entries are shown for %n minutes after you enter your passphrase.</source>
        <translation>
            <numerusform>Protected entries are shown for %n minute after you enter your passphrase.</numerusform>
            <numerusform>Protected entries are shown for %n minutes after you enter your passphrase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Protected entries are visible for about %n more minutes.</source>
        <translation>
            <numerusform>Protected entries are visible for about %n more minute.</numerusform>
            <numerusform>Protected entries are visible for about %n more minutes.</numerusform>
        </translation>
    </message>
</context>
</TS>
