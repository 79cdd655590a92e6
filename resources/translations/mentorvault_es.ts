<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault itself is not re-encrypted; only the key that opens it is. Your recovery key keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is too weak. Follow the advice below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultView</name>
    <message>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is encrypted with a passphrase only you know. Nobody, including the makers of MentorVault, can open it without the passphrase or the recovery key you will see next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty or new folder for the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is too weak. Follow the advice below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault and deriving its key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only now. Write it down on paper, or save or print it, and keep it somewhere safe away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the file somewhere other than this computer, such as a USB stick in a drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down or stored it somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorVault recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key unlocks the vault if the passphrase is forgotten. Keep it private and safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key could not be saved there (%1). Pick another place, or write it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this vault on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorVault can keep a key for this vault in your system keyring, so you can unlock it here without typing the passphrase. Anyone who can log in as you on this computer could then open it too. You can change this later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not remember this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the key in the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can continue without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Add a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Next meeting due %1, in %n days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting due tomorrow, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting was due %1, %n days ago. Time to get in touch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting with %1 due %2, in %n days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting with %1 due tomorrow, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting with %1 due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting with %1 was due %2, %n days ago. Time to get in touch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets every %n days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this entry&apos;s title and contents in lists and search until the passphrase is entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which partners may see this entry, with an exact preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndRelationshipDialog</name>
    <message>
        <source>End the relationship with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring relationships end, and that is fine. This closes yours with %1 gently. Your own entries stay in your vault; nothing of yours is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closing note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words of thanks, saved as a gratitude entry and shared with %1 in the final bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this relationship meant to you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing gratitude note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing everything with %1 (%n entries)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their app will be asked to delete its copies once it imports your final bundle; a copy they already read cannot be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A final bundle (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a final bundle for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a final bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries the requests to delete and your closing note. Without it, their app keeps its copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their card is not verified, so no bundle can be made for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the final bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase confirms the final bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• %1 is archived: they leave the sidebar, and their bundles are no longer accepted.
• What %1 shared with you (%n entries in your inbox) is wiped from this vault.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>End the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the final bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entry first; only a saved version can be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry and all its earlier versions will be removed from the vault. Backups made before now still hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Entry editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short title for this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: give it a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: fill in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an entry from the list, or press Ctrl+N to write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryForms</name>
    <message>
        <source>No prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Protected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden until you enter your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListPage</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new entry of any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. Choose one to open it in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Press Ctrl+N to write the first one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryMetaRow</name>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentoring relationship this entry belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. confidence, critique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to group entries by, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnumField</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Sorry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Choose %1&apos;s contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card for %1 has different keys from the one you have. It could be an impostor, or %1 made a new vault. Nothing from the new keys is accepted until you compare the fingerprint words with %1 and verify them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1&apos;s contact card first; then you can compare its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1, with %n entry(s), for %2. Give them the file however you like: only they (and you) can open it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already imported this bundle from %1. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the bundle from %1. What they shared is in your Inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show what was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your relationship with %1 is closed and archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final bundle is saved; give it to them when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot end the relationship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPreviewDialog</name>
    <message>
        <source>Bundle for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is everything that will leave in one file, signed by you and encrypted so only %1 (and you) can open it. Read it through before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Entries that will be shared (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No entries: you have not shared anything current with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” belongs to your relationship with %2. Send it to %3 anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some entries belong to another relationship. Tick each one you really mean to send. To leave one out, cancel and stop sharing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These entries mention a topic your boundary agreement marks off limits: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: changed since you shared them (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You edited these after consenting. Open each one and choose Share… again to send the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For %1 only: %n request(s) to delete entries you stopped sharing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to delete entries you stopped sharing. Their app will be asked to delete its copy; a copy they already read cannot be taken back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmation(s) that you removed entries they stopped sharing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your acceptance of %n agreement(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Also in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm with your passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault passphrase confirms the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>MentorVault bundles (*.mvbundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorVault contact cards (*.mvcard *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FingerprintView</name>
    <message>
        <source>Fingerprint words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or the digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner can scan it instead of reading the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint digits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Protected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aiming for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its steps are hidden until you enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No small steps yet. Open the goal to add a few.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when this step is done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a step when you finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and their steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every small step you finished, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished steps of your goals, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet. A goal with a few small steps is a good start: press New goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n steps done so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>One step done so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. That&apos;s a win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step reopened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HiddenEntryPage</name>
    <message>
        <source>This entry is protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its title and contents stay hidden until you enter your passphrase. They are then shown for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show protected entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show protected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for your passphrase, then shows protected entries for a few minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every save is kept. Pick a version to see it; restoring it makes a new version, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HitDelegate</name>
    <message>
        <source>Protected entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Bundle from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is signed by %1, whose card you verified, and was made on %2. Nothing is stored until you choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Updated (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Updated entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed at their request (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped sharing %n entry(s); importing removes your copy and tells them so.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipts (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 confirms removing %n entry(s) you stopped sharing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements accepted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted %n of your boundary agreement(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) you already have, unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new in this bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import this bundle into your inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners, or one partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a bundle from a partner and import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your partners chose to share with you. It is read-only: it stays as they wrote it, and goes away if they stop sharing it. Your notes on it are private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your acceptance travels in your next bundle, so the agreement shows as agreed by both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see this. It is never shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see this note; it is saved as you pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from this partner yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been shared with you yet. When a partner sends you a bundle, choose Import bundle… to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shared this %2 with you. Last changed %3; received %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You accepted this agreement. Your acceptance goes to %1 in your next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntField</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsField</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindForm</name>
    <message>
        <source>It sounds like… Is that right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I heard is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a reflection prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a question to reflect on to this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MentorVault — Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorVault — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no MentorVault vault in %1. Pick the folder that holds vault.db and keyslots.json, or create a new vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the demo vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <source>My contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contact card lets a partner send you bundles and check the ones you send. It holds your name and two public keys, nothing else. Give the file to your partner, then read the words below to each other, in person or on a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name on the card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your partners will see you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my contact card to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Give this file to your partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, - lists, # headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write or preview the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write freely. Markdown formatting is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body of the entry, in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewBar</name>
    <message>
        <source>Start the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an agenda for that meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the agreement to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement &quot;%1&quot; is past its review date (%2). Look at it together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(protected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agreements are past their review date. Look at them together?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerBanner</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More for this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their card, your card, and ending the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add their card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify their card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My contact card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before we meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they shared beside your own agenda, to prepare the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See everything that will leave, then save one encrypted file for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What have they seen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has my partner seen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry that left for them, and its state now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an agenda for the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new card with different keys. Nothing from it is accepted until you compare the fingerprint words with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To exchange entries with %1, add their contact card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s card is not verified yet. Compare the fingerprint words with them before sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card verified on %1 (fingerprint begins “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace their card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role or rhythm set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has %1 seen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement &quot;%1&quot; was due for review on %2. Look at it together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(protected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner is someone you are in a mentoring relationship with. Entries can belong to a partner, so notes about different people never mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you call them; only you see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are they your mentor, your mentee or a peer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;They are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they mostly do for you: advise, advocate, affirm, challenge, coach, connect or sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mostly a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixed rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days between meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerFlow</name>
    <message>
        <source>Agenda for %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Enter your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show protected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickPartnersDialog</name>
    <message>
        <source>Prepare a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is it for? Only partners whose card you verified can receive a bundle. Choosing several makes one bundle holding only what you shared with every one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no card yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no partners yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepDialog</name>
    <message>
        <source>Their agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have not shared an agenda yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they are struggling with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their feedback reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before we meet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next meeting with %1 is due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting with %1 is planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the left, what %1 chose to share with you; on the right, your own agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your agenda for the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*Last changed %1.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no agenda for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectView</name>
    <message>
        <source>Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a deck and answer the question in your own words. There is no right answer; a few honest sentences are plenty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a different question from this deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentoring relationship this reflection is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answer as a reflection entry (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a few words first; an empty answer is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with your reflections. Here is another question, if you like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every page of the backup, then makes it a vault in a new folder. The current vault folder is left exactly as it is. Use the passphrase the vault had when the backup was made, or your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty or new folder; the backup becomes a vault there. Nothing else is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file and a new folder for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase or the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every page of the backup, then restoring it…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>Version %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Protected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden until you enter your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find. Use &quot;quotes&quot; for a phrase, a trailing * for the start of a word, OR and NOT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries dated on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries dated on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search. Results appear as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words, or clear a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many matches; the best come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matches, best first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeenDialog</name>
    <message>
        <source>What %1 has seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of what you shared does not add up: an entry in it was changed or removed outside MentorVault. What is listed may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not sent %1 anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) sent to %1. Each entry below left at least once; this is the latest version they received and what happens to it now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(an entry since deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since; the new version not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked; they removed it on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — sent %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries they received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nine words sum up every entry version and removal request that went each way. %1 sees the same words in this window on their side, the other way round. Read them to each other, as you did the fingerprint: if they differ, a bundle did not arrive or a record was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words for what you sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 sent you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words for what you received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Lock after &amp;no activity for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when there was no typing or clicking in MentorVault for this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep backups inside the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One automatic backup is made on each day you use MentorVault; older ones are removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorVault also locks when the computer sleeps or the screen locks, where the desktop reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a backup file read-only and check it fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo vault: it cannot be remembered, backed up or given a new passphrase, and it is deleted when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup is being written in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backup yet. One is written on each day you unlock the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest automatic backup: %1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is remembered: you can unlock without typing the passphrase. Anyone logged in as you here could too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not remembered: the vault asks for the passphrase each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is shared by default. Tick a partner to let this exact version go in your next bundle to them. If you edit the entry later, it is left out until you look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no partners yet. Add one from the sidebar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what they will receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field and the notes of this entry, exactly as they would leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · no contact card yet: it leaves once you add and verify theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · card not verified yet: nothing leaves until you verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this version with %1 and stop sharing with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this version with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the version shown above is shared. It goes in your next bundle to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their app will be asked to delete its copy; a copy they already read cannot be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared, this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared, this version (sent %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since consent: left out until you share this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked; removed by partner on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since %1 consented to see it: left out of bundles until you share it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer shared with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed their copy on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared with anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed by both on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted an earlier version on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which entries to show: all, a kind, a partner or a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Use at least 10 characters; several unrelated words are easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess. Add more unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice about the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few unrelated words you can remember work well, for example four words from different parts of your life.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (too weak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good. Make sure you can remember it: it cannot be reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key, in groups of characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key you wrote down when you created the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between passphrase and recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with this &amp;computer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the key remembered on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another vault or create one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo vault. Its passphrase is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking… deriving the key takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking with this computer&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyBackupDialog</name>
    <message>
        <source>Verify a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that a backup file is complete and can be opened, without changing anything. Use the passphrase the vault had when the backup was made, or your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase, or the recovery key, of the backed-up vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is my &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorVault backups (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase or the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the backup read-only and checking every page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is complete and readable. It holds one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The backup is complete and readable. It holds %n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify %1&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new card with different keys. It could be an impostor, or %1 made a new vault. Ask %1 to read their fingerprint words to you, in person or on a call. Only if they match will anything from the new keys be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 to read their fingerprint words to you, in person or on a call (not by the same route the card came). If the words match, the card really is theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this card says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 reads to you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the nine words (or thirty digits) as they read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words your partner read to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the nine words or thirty digits your partner reads out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They read these words to me and they match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>MentorVault logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to MentorVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private place for what happens in your mentoring: session notes, feedback, goals and reflections. Everything stays encrypted on this computer; nothing is shared unless you choose to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase and start writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a vault folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the folder of a vault you already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault of made-up sample entries; it is deleted when you quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo holds made-up entries of every kind and is deleted when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new entry of the kind you are looking at (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entry now (it also saves by itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all entries (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking, backups, this computer, passphrase and theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a backup read-only and check it fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a backup fully and restore it into a new vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;protected entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;contact card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, fingerprint and QR code, and saving your card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare &amp;bundle for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what will leave, then save an encrypted bundle for a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a bundle from a partner, then import it into your inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WinsModel</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · a step of a protected goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Entry editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceNotices</name>
    <message>
        <source>Hide them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault: everything here is made up and is deleted when you quit. Its passphrase is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Protected entries are shown for %n minutes after you enter your passphrase.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Still hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the passphrase of this vault, so protected entries stay hidden. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup: %1 Your earlier backups are kept, and MentorVault tries again the next time you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Protected entries are visible for about %n more minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ItemRow</name>
    <message>
        <source>Remove this item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation, behaviour, impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, stop, continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed by both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>Session note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each of you brought to talk about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the other person&apos;s main point in your own words, to check you understood it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small steps agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little actions to try before the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood (1 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (1 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struggle story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struggle stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I would do differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation-behaviour-impact, or start / stop / continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback in your own words, so you can check it with the giver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often we meet or talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred ways to get in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics we keep out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects either of you prefers not to discuss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays between us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we raise unmet expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How either of us can end this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I will know I got there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to count finished steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I want to raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it meant to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it helped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mentor types</name>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affirmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>My mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
