<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MentorVault</source>
        <translation>Über MentorVault</translation>
    </message>
    <message>
        <source>MentorVault %1</source>
        <translation>MentorVault %1</translation>
    </message>
    <message>
        <source>Private, encrypted reflective practice for mentors and mentees, with per-entry consent. Licence: %1.</source>
        <translation>Private, verschlüsselte Reflexion für Mentoren und Mentees, mit Einwilligung für jeden einzelnen Eintrag. Lizenz: %1.</translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2, Python %3</source>
        <translation>Qt %1, PySide6 %2, Python %3</translation>
    </message>
    <message>
        <source>Built with these libraries:</source>
        <translation>Erstellt mit diesen Bibliotheken:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Bibliotheken und ihre Lizenzen</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Datei hinzufügen</translation>
    </message>
    <message>
        <source>Attach a file to this entry; it is stored encrypted in the vault. You can also drop files here.</source>
        <translation>Eine Datei an diesen Eintrag anhängen; sie wird verschlüsselt im Tresor gespeichert. Sie können Dateien auch hierher ziehen.</translation>
    </message>
    <message>
        <source>Drop files here, or use Add a file…</source>
        <translation>Dateien hierher ziehen oder „Datei hinzufügen…“ wählen</translation>
    </message>
    <message>
        <source>Enter opens the attachment; the context menu saves a copy or removes it</source>
        <translation>Eingabe öffnet den Anhang; das Kontextmenü speichert eine Kopie oder entfernt ihn</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Open with…</source>
        <translation>Öffnen mit…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Kopie von %1 speichern</translation>
    </message>
    <message>
        <source>The copy is not encrypted</source>
        <translation>Die Kopie ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>The copy at %1 will not be encrypted: anyone who can open that file can read it.</source>
        <translation>Die Kopie unter %1 wird nicht verschlüsselt: Wer diese Datei öffnen kann, kann sie lesen.</translation>
    </message>
    <message>
        <source>Save the copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Remove the attachment?</source>
        <translation>Anhang entfernen?</translation>
    </message>
    <message>
        <source>Remove %1 from this entry? Older versions of the entry keep it until the entry is deleted.</source>
        <translation>%1 aus diesem Eintrag entfernen? Ältere Versionen des Eintrags behalten ihn, bis der Eintrag gelöscht wird.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message numerus="yes">
        <source>Wrote one fresh backup, %1, and removed %n older backups.</source>
        <translation>
            <numerusform>Aktuelle Sicherung %1 geschrieben und eine ältere Sicherung entfernt.</numerusform>
            <numerusform>Aktuelle Sicherung %1 geschrieben und %n ältere Sicherungen entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Neue Passphrase festlegen</translation>
    </message>
    <message>
        <source>You opened this vault with your recovery key, so the old passphrase is not needed. The vault itself is not re-encrypted, and your recovery key keeps working.</source>
        <translation>Du hast diesen Tresor mit deinem Wiederherstellungsschlüssel geöffnet, daher wird die alte Passphrase nicht gebraucht. Der Tresor selbst wird nicht neu verschlüsselt, und dein Wiederherstellungsschlüssel funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>The vault itself is not re-encrypted; only the key that opens it is. Your recovery key keeps working, and backups made before still open with the old passphrase.</source>
        <translation>Der Tresor selbst wird nicht neu verschlüsselt, nur der Schlüssel, der ihn öffnet. Dein Wiederherstellungsschlüssel funktioniert weiterhin, und früher angelegte Sicherungen lassen sich weiterhin mit der alten Passphrase öffnen.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>&amp;Current:</source>
        <translation>&amp;Aktuell:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Neu:</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;My passphrase may be known to someone</source>
        <translation>&amp;Meine Passphrase ist vielleicht jemandem bekannt</translation>
    </message>
    <message>
        <source>My passphrase may be known to someone</source>
        <translation>Meine Passphrase ist vielleicht jemandem bekannt</translation>
    </message>
    <message>
        <source>Also give the vault a new key, so the old passphrase no longer opens it</source>
        <translation>Dem Tresor auch einen neuen Schlüssel geben, damit die alte Passphrase ihn nicht mehr öffnet</translation>
    </message>
    <message>
        <source>MentorVault will also give the vault a new key and re-encrypt it, so the old passphrase no longer opens it, and you get a new recovery key to write down. Backups made before still open with the old passphrase and show only what the vault held when they were made.</source>
        <translation>MentorVault gibt dem Tresor dann auch einen neuen Schlüssel und verschlüsselt ihn neu, sodass die alte Passphrase ihn nicht mehr öffnet, und du bekommst einen neuen Wiederherstellungsschlüssel zum Aufschreiben. Früher angelegte Sicherungen lassen sich weiterhin mit der alten Passphrase öffnen und zeigen nur, was der Tresor damals enthielt.</translation>
    </message>
    <message>
        <source>Also replace my &amp;backups with one fresh backup</source>
        <translation>Auch meine &amp;Sicherungen durch eine aktuelle Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Replace my backups with one fresh backup</source>
        <translation>Meine Sicherungen durch eine aktuelle Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Removes the backups that still open with the old passphrase</source>
        <translation>Entfernt die Sicherungen, die sich noch mit der alten Passphrase öffnen lassen</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Passphrase festlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Change passphrase and key</source>
        <translation>Passphrase und Schlüssel ändern</translation>
    </message>
    <message>
        <source>Wrapping the new key for your new passphrase…</source>
        <translation>Der neue Schlüssel wird mit deiner neuen Passphrase verschlüsselt…</translation>
    </message>
    <message>
        <source>Re-encrypting the vault with its new key…</source>
        <translation>Der Tresor wird mit seinem neuen Schlüssel neu verschlüsselt…</translation>
    </message>
    <message>
        <source>Switching to the new key…</source>
        <translation>Es wird zum neuen Schlüssel gewechselt…</translation>
    </message>
    <message>
        <source>Writing a fresh backup and removing the older ones…</source>
        <translation>Eine aktuelle Sicherung wird geschrieben, die älteren werden entfernt…</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Gib deine aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Die beiden neuen Passphrasen sind verschieden.</translation>
    </message>
    <message>
        <source>That passphrase is too weak. Follow the advice below it.</source>
        <translation>Diese Passphrase ist zu schwach. Folge den Hinweisen darunter.</translation>
    </message>
    <message>
        <source>Checking and changing the passphrase…</source>
        <translation>Passphrase wird geprüft und geändert…</translation>
    </message>
    <message>
        <source>That is not the current passphrase.</source>
        <translation>Das ist nicht die aktuelle Passphrase.</translation>
    </message>
    <message>
        <source>Checking the current passphrase…</source>
        <translation>Die aktuelle Passphrase wird geprüft…</translation>
    </message>
    <message>
        <source>Giving the vault a new key</source>
        <translation>Der Tresor bekommt einen neuen Schlüssel</translation>
    </message>
</context>
<context>
    <name>CreateVaultView</name>
    <message>
        <source>Create your vault</source>
        <translation>Deinen Tresor anlegen</translation>
    </message>
    <message>
        <source>Your vault is encrypted with a passphrase only you know. Nobody, including the makers of MentorVault, can open it without the passphrase or the recovery key you will see next.</source>
        <translation>Dein Tresor wird mit einer Passphrase verschlüsselt, die nur du kennst. Niemand, auch nicht die Entwickler von MentorVault, kann ihn ohne die Passphrase oder den Wiederherstellungsschlüssel öffnen, den du gleich siehst.</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Tresorordner</translation>
    </message>
    <message>
        <source>An empty or new folder for the vault</source>
        <translation>Ein leerer oder neuer Ordner für den Tresor</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Tresorordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>How your partners will see you</source>
        <translation>So sehen dich deine Partner</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Your name goes on the contact card you give partners. You can change it later in Settings.</source>
        <translation>Dein Name steht auf der Kontaktkarte, die du deinen Partnern gibst. Du kannst ihn später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Dein &amp;Name:</translation>
    </message>
    <message>
        <source>On the contact card you give partners. Optional; Settings changes it.</source>
        <translation>Steht auf der Kontaktkarte, die du Partnern gibst. Freiwillig; in den Einstellungen änderbar.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Mindestens 10 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Type the same passphrase again</source>
        <translation>Gib dieselbe Passphrase noch einmal ein</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Choose an empty folder for the vault</source>
        <translation>Wähle einen leeren Ordner für den Tresor</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Die beiden Passphrasen stimmen überein.</translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Die beiden Passphrasen sind verschieden. Gib zweimal dieselbe Passphrase ein.</translation>
    </message>
    <message>
        <source>That passphrase is too weak. Follow the advice below it.</source>
        <translation>Diese Passphrase ist zu schwach. Folge den Hinweisen darunter.</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>Wähle einen Ordner für den Tresor.</translation>
    </message>
    <message>
        <source>Creating the vault and deriving its key…</source>
        <translation>Der Tresor wird angelegt und sein Schlüssel abgeleitet…</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Dein Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only now. Write it down on paper, or save or print it, and keep it somewhere safe away from this computer.</source>
        <translation>Falls du deine Passphrase einmal vergisst, ist dieser Schlüssel der einzige Weg zurück in deinen Tresor. Er wird nur jetzt angezeigt. Schreib ihn auf Papier, oder speichere oder drucke ihn, und bewahre ihn sicher und nicht auf diesem Computer auf.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation>Wiederherstellungsschlüssel in einer Datei speichern</translation>
    </message>
    <message>
        <source>Keep the file somewhere other than this computer, such as a USB stick in a drawer</source>
        <translation>Bewahre die Datei nicht auf diesem Computer auf, zum Beispiel auf einem USB-Stick in einer Schublade</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Wiederherstellungsschlüssel drucken</translation>
    </message>
    <message>
        <source>I have written it down or stored it somewhere safe</source>
        <translation>Ich habe ihn aufgeschrieben oder sicher aufbewahrt</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation>Ich habe den Wiederherstellungsschlüssel aufgeschrieben</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>MentorVault recovery key</source>
        <translation>MentorVault-Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Tresorordner: %1</translation>
    </message>
    <message>
        <source>This key unlocks the vault if the passphrase is forgotten. Keep it private and safe.</source>
        <translation>Dieser Schlüssel entsperrt den Tresor, wenn die Passphrase vergessen ist. Halte ihn geheim und sicher.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The recovery key could not be saved there (%1). Pick another place, or write it down.</source>
        <translation>Der Wiederherstellungsschlüssel konnte dort nicht gespeichert werden (%1). Wähle einen anderen Ort oder schreib ihn auf.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker geschickt.</translation>
    </message>
    <message>
        <source>Remember this vault on this computer?</source>
        <translation>Diesen Tresor auf diesem Computer merken?</translation>
    </message>
    <message>
        <source>MentorVault can keep a key for this vault in your system keyring, so you can unlock it here without typing the passphrase. Anyone who can log in as you on this computer could then open it too. You can change this later in Settings.</source>
        <translation>MentorVault kann einen Schlüssel für diesen Tresor im Schlüsselbund deines Systems ablegen, damit du ihn hier ohne Passphrase entsperren kannst. Wer sich an diesem Computer als du anmelden kann, könnte ihn dann ebenfalls öffnen. Du kannst das später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Do not remember this device</source>
        <translation>Dieses Gerät nicht merken</translation>
    </message>
    <message>
        <source>&amp;Remember this computer</source>
        <translation>Diesen Computer &amp;merken</translation>
    </message>
    <message>
        <source>Storing the key in the system keyring…</source>
        <translation>Der Schlüssel wird im Schlüsselbund abgelegt…</translation>
    </message>
    <message>
        <source>You can continue without it.</source>
        <translation>Du kannst auch ohne weitermachen.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Add a date</source>
        <translation>Datum hinzufügen</translation>
    </message>
    <message>
        <source>Add a date: %1</source>
        <translation>Datum hinzufügen: %1</translation>
    </message>
    <message>
        <source>Remove the date: %1</source>
        <translation>Datum entfernen: %1</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format: a QDate pattern, month abbreviated</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>date and time format: a QDateTime pattern</comment>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message numerus="yes">
        <source>Next meeting due %1, in %n days.</source>
        <translation>
            <numerusform>Nächstes Treffen fällig am %1, in %n Tag.</numerusform>
            <numerusform>Nächstes Treffen fällig am %1, in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next meeting due tomorrow, %1.</source>
        <translation>Nächstes Treffen fällig morgen, %1.</translation>
    </message>
    <message>
        <source>Next meeting due today.</source>
        <translation>Nächstes Treffen heute fällig.</translation>
    </message>
    <message numerus="yes">
        <source>A meeting was due %1, %n days ago. Time to get in touch?</source>
        <translation>
            <numerusform>Ein Treffen war am %1 fällig, vor %n Tag. Zeit, sich zu melden?</numerusform>
            <numerusform>Ein Treffen war am %1 fällig, vor %n Tagen. Zeit, sich zu melden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next meeting with %1 due %2, in %n days.</source>
        <translation>
            <numerusform>Nächstes Treffen mit %1 fällig am %2, in %n Tag.</numerusform>
            <numerusform>Nächstes Treffen mit %1 fällig am %2, in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next meeting with %1 due tomorrow, %2.</source>
        <translation>Nächstes Treffen mit %1 fällig morgen, %2.</translation>
    </message>
    <message>
        <source>Next meeting with %1 due today.</source>
        <translation>Nächstes Treffen mit %1 heute fällig.</translation>
    </message>
    <message numerus="yes">
        <source>A meeting with %1 was due %2, %n days ago. Time to get in touch?</source>
        <translation>
            <numerusform>Ein Treffen mit %1 war am %2 fällig, vor %n Tag. Zeit, sich zu melden?</numerusform>
            <numerusform>Ein Treffen mit %1 war am %2 fällig, vor %n Tagen. Zeit, sich zu melden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>meets every %n days</source>
        <translation>
            <numerusform>trifft sich jeden Tag</numerusform>
            <numerusform>trifft sich alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>a chart&apos;s date axis: a QDateTime pattern, month and year</comment>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DocumentationDialog</name>
    <message>
        <source>MentorVault documentation</source>
        <translation>MentorVault-Dokumentation</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>The documentation was not found next to the program. It is the README of MentorVault&apos;s source code.</source>
        <translation>Die Dokumentation wurde neben dem Programm nicht gefunden. Sie ist die README des Quellcodes von MentorVault.</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>Save state</source>
        <translation>Speicherstand</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Protected entry</source>
        <translation>Geschützter Eintrag</translation>
    </message>
    <message>
        <source>Hide this entry&apos;s title and contents in lists and search until the passphrase is entered</source>
        <translation>Titel und Inhalt dieses Eintrags in Listen und Suche verbergen, bis die Passphrase eingegeben ist</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Teilen…</translation>
    </message>
    <message>
        <source>Choose which partners may see this entry, with an exact preview</source>
        <translation>Wähle, welche Partner diesen Eintrag sehen dürfen, mit genauer Vorschau</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Earlier versions of this entry</source>
        <translation>Frühere Fassungen dieses Eintrags</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Diesen Eintrag löschen</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation>Neu, noch nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>EndRelationshipDialog</name>
    <message>
        <source>End the relationship with %1</source>
        <translation>Die Beziehung mit %1 beenden</translation>
    </message>
    <message>
        <source>Mentoring relationships end, and that is fine. This closes yours with %1 gently. Your own entries stay in your vault; nothing of yours is deleted.</source>
        <translation>Mentoring-Beziehungen enden, und das ist in Ordnung. Hiermit schließt du deine mit %1 behutsam ab. Deine eigenen Einträge bleiben in deinem Tresor; nichts von dir wird gelöscht.</translation>
    </message>
    <message>
        <source>Save an end-of-cycle summary (PDF)…</source>
        <translation>Eine Abschlusszusammenfassung speichern (PDF)…</translation>
    </message>
    <message>
        <source>End-of-cycle summary</source>
        <translation>Abschlusszusammenfassung</translation>
    </message>
    <message>
        <source>Goals reached, wins and feedback received, with dates, as a PDF: before what they shared is wiped</source>
        <translation>Erreichte Ziele, Erfolge und erhaltenes Feedback, mit Daten, als PDF: bevor gelöscht wird, was die andere Person geteilt hat</translation>
    </message>
    <message>
        <source>A closing note (optional)</source>
        <translation>Ein Abschlusswort (freiwillig)</translation>
    </message>
    <message>
        <source>A few words of thanks, saved as a gratitude entry and shared with %1 in the final bundle.</source>
        <translation>Ein paar Worte des Dankes, gespeichert als Dankbarkeitseintrag und mit %1 im letzten Paket geteilt.</translation>
    </message>
    <message>
        <source>What this relationship meant to you…</source>
        <translation>Was dir diese Beziehung bedeutet hat…</translation>
    </message>
    <message>
        <source>Closing gratitude note</source>
        <translation>Dankeswort zum Abschluss</translation>
    </message>
    <message>
        <source>What you shared</source>
        <translation>Was du geteilt hast</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing everything with %1 (%n entries)</source>
        <translation>
            <numerusform>Alle Freigaben für %1 beenden (%n Eintrag)</numerusform>
            <numerusform>Alle Freigaben für %1 beenden (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing everything</source>
        <translation>Alle Freigaben beenden</translation>
    </message>
    <message>
        <source>Their app will be asked to delete its copies once it imports your final bundle; a copy they already read cannot be taken back.</source>
        <translation>Die App auf der anderen Seite wird gebeten, ihre Kopien zu löschen, sobald sie dein letztes Paket importiert; eine schon gelesene Kopie lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <source>A final bundle (optional)</source>
        <translation>Ein letztes Paket (freiwillig)</translation>
    </message>
    <message>
        <source>Make a final bundle for %1</source>
        <translation>Ein letztes Paket für %1 erstellen</translation>
    </message>
    <message>
        <source>Make a final bundle</source>
        <translation>Ein letztes Paket erstellen</translation>
    </message>
    <message>
        <source>It carries the requests to delete and your closing note. Without it, their app keeps its copies.</source>
        <translation>Es enthält die Löschbitten und dein Abschlusswort. Ohne es behält die App auf der anderen Seite ihre Kopien.</translation>
    </message>
    <message>
        <source>Their card is not verified, so no bundle can be made for them.</source>
        <translation>Die Karte ist nicht bestätigt, daher kann kein Paket erstellt werden.</translation>
    </message>
    <message>
        <source>Choose where to save it</source>
        <translation>Wähle, wo es gespeichert wird</translation>
    </message>
    <message>
        <source>Final bundle file</source>
        <translation>Datei des letzten Pakets</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose where to save the final bundle</source>
        <translation>Wähle, wo das letzte Paket gespeichert wird</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Your passphrase confirms the final bundle</source>
        <translation>Deine Passphrase bestätigt das letzte Paket</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Deine Passphrase</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Danach</translation>
    </message>
    <message numerus="yes">
        <source>• %1 is archived: they leave the sidebar, and their bundles are no longer accepted.
• What %1 shared with you (%n entries in your inbox) is wiped from this vault.</source>
        <translation>
            <numerusform>• %1 wird archiviert: verschwindet aus der Seitenleiste, und Pakete von %1 werden nicht mehr angenommen.
• Was %1 mit dir geteilt hat (%n Eintrag im Posteingang), wird aus diesem Tresor gelöscht.</numerusform>
            <numerusform>• %1 wird archiviert: verschwindet aus der Seitenleiste, und Pakete von %1 werden nicht mehr angenommen.
• Was %1 mit dir geteilt hat (%n Einträge im Posteingang), wird aus diesem Tresor gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>End the relationship</source>
        <translation>Beziehung beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save the final bundle</source>
        <translation>Letztes Paket speichern</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Save the entry first; only a saved version can be shared.</source>
        <translation>Speichere den Eintrag zuerst; nur eine gespeicherte Fassung kann geteilt werden.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <source>The entry and all its earlier versions will be removed from the vault. Backups made before now still hold it until newer ones replace them; to drop them now, use Replace all backups in Settings.</source>
        <translation>Der Eintrag und alle seine früheren Fassungen werden aus dem Tresor entfernt. Bisherige Sicherungen enthalten ihn noch, bis neuere sie ersetzen; um sie sofort loszuwerden, nutze Alle Sicherungen ersetzen in den Einstellungen.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Entry editor</source>
        <translation>Eintragseditor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>A short title for this entry</source>
        <translation>Ein kurzer Titel für diesen Eintrag</translation>
    </message>
    <message>
        <source>Not saved yet: give it a title.</source>
        <translation>Noch nicht gespeichert: Gib ihm einen Titel.</translation>
    </message>
    <message>
        <source>Not saved yet: fill in %1.</source>
        <translation>Noch nicht gespeichert: Fülle %1 aus.</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Noch nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Pick an entry from the list, or press Ctrl+N to write a new one.</source>
        <translation>Wähle einen Eintrag aus der Liste, oder drücke Strg+N für einen neuen.</translation>
    </message>
</context>
<context>
    <name>EntryForms</name>
    <message>
        <source>No prompt</source>
        <translation>Keine Frage</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Protected entry</source>
        <translation>Geschützter Eintrag</translation>
    </message>
    <message>
        <source>Hidden until you enter your passphrase</source>
        <translation>Verborgen, bis du deine Passphrase eingibst</translation>
    </message>
</context>
<context>
    <name>EntryListPage</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Write a new entry of any kind</source>
        <translation>Einen neuen Eintrag beliebiger Art schreiben</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Newest first. Choose one to open it in the editor.</source>
        <translation>Neueste zuerst. Wähle einen, um ihn im Editor zu öffnen.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 entries</source>
        <translation>
            <numerusform>%1 Eintrag</numerusform>
            <numerusform>%1 Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>Nothing here yet. Write the first one with the button below, or press Ctrl+N.</source>
        <translation>Hier ist noch nichts. Schreib den ersten Eintrag mit dem Knopf unten, oder drücke Strg+N.</translation>
    </message>
</context>
<context>
    <name>EntryMetaRow</name>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>The mentoring relationship this entry belongs to</source>
        <translation>Die Mentoring-Beziehung, zu der dieser Eintrag gehört</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. confidence, critique</source>
        <translation>Durch Kommas getrennt, z. B. Selbstvertrauen, Kritik</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Words to group entries by, separated by commas</source>
        <translation>Wörter, nach denen du Einträge ordnest, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>No partner</source>
        <translation>Kein Partner</translation>
    </message>
</context>
<context>
    <name>EnumField</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Sorry</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <source>That passphrase does not unlock this vault. Check it (and Caps Lock) and try again, or unlock with your recovery key.</source>
        <translation>Diese Passphrase entsperrt den Tresor nicht. Prüfe sie (und die Feststelltaste) und versuch es noch einmal, oder entsperre mit deinem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>That recovery key does not unlock this vault. Check each group of characters and try again.</source>
        <translation>Dieser Wiederherstellungsschlüssel entsperrt den Tresor nicht. Prüfe jede Zeichengruppe und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>There is no vault in that folder. Pick another folder, or create a new vault.</source>
        <translation>In diesem Ordner ist kein Tresor. Wähle einen anderen Ordner oder lege einen neuen Tresor an.</translation>
    </message>
    <message>
        <source>A contact card carries your name. Type it in the Name field, then save the card again.</source>
        <translation>Eine Kontaktkarte trägt deinen Namen. Gib ihn im Feld Name ein und speichere die Karte dann noch einmal.</translation>
    </message>
    <message>
        <source>This vault is already open in another MentorVault window or command. Close that one first, then try again.</source>
        <translation>Dieser Tresor ist schon in einem anderen MentorVault-Fenster oder -Befehl geöffnet. Schließ diesen zuerst und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>That entry is no longer in the vault. It may have been deleted.</source>
        <translation>Dieser Eintrag ist nicht mehr im Tresor. Vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>That version of the entry is no longer in the vault.</source>
        <translation>Diese Fassung des Eintrags ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>There is no partner by that name. Check the spelling, or add them with Add a partner….</source>
        <translation>Es gibt keinen Partner mit diesem Namen. Prüfe die Schreibweise oder lege ihn mit Neuer Partner… an.</translation>
    </message>
    <message>
        <source>This device&apos;s remembered key is missing from the keyring. Unlock with your passphrase, then choose Remember on this device again.</source>
        <translation>Der gemerkte Schlüssel dieses Geräts fehlt im Schlüsselbund. Entsperre mit deiner Passphrase und wähle dann erneut Diesen Computer merken.</translation>
    </message>
    <message>
        <source>A passphrase is needed to unlock this vault. Type it, or unlock with your recovery key.</source>
        <translation>Zum Entsperren dieses Tresors ist eine Passphrase nötig. Gib sie ein, oder entsperre mit deinem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>This device is not remembered for this vault. Unlock with your passphrase.</source>
        <translation>Dieses Gerät ist für diesen Tresor nicht gemerkt. Entsperre mit deiner Passphrase.</translation>
    </message>
    <message>
        <source>A vault already exists there. Pick an empty folder or a new folder name.</source>
        <translation>Dort gibt es schon einen Tresor. Wähle einen leeren Ordner oder einen neuen Ordnernamen.</translation>
    </message>
    <message>
        <source>%1 is not empty. Pick an empty folder or a new folder name for the vault.</source>
        <translation>%1 ist nicht leer. Wähle für den Tresor einen leeren Ordner oder einen neuen Ordnernamen.</translation>
    </message>
    <message>
        <source>The vault folder is read-only, so your answer to the rollback warning could not be recorded. Make the folder writable, then answer again.</source>
        <translation>Der Tresorordner ist schreibgeschützt, daher konnte deine Antwort auf die Warnung zur älteren Kopie nicht gespeichert werden. Mach den Ordner beschreibbar und antworte dann noch einmal.</translation>
    </message>
    <message>
        <source>There is no rollback warning for this vault on this computer; there is nothing to answer.</source>
        <translation>Für diesen Tresor gibt es auf diesem Computer keine Warnung zur älteren Kopie; es gibt nichts zu beantworten.</translation>
    </message>
    <message>
        <source>The vault database is damaged, so no backup was made of it (your earlier backups were kept). Choose Restore a backup… to restore the newest good one into a new folder.</source>
        <translation>Die Datenbank des Tresors ist beschädigt, daher wurde keine Sicherung von ihr angelegt (deine früheren Sicherungen bleiben erhalten). Wähle Sicherung wiederherstellen…, um die neueste intakte in einem neuen Ordner wiederherzustellen.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or belongs to another vault. Nothing was changed.</source>
        <translation>Die Schlüsseldatei des Tresors ist beschädigt oder gehört zu einem anderen Tresor. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault database is damaged. Nothing was changed.</source>
        <translation>Die Datenbank des Tresors ist beschädigt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A slot in that backup&apos;s key file is damaged or was changed, so it cannot be used; nothing was restored. Try the backup with your recovery key (or passphrase) instead, or another backup.</source>
        <translation>Ein Fach in der Schlüsseldatei dieser Sicherung ist beschädigt oder wurde geändert und lässt sich daher nicht verwenden; es wurde nichts wiederhergestellt. Versuch die Sicherung stattdessen mit deinem Wiederherstellungsschlüssel (oder deiner Passphrase), oder nimm eine andere Sicherung.</translation>
    </message>
    <message>
        <source>That file is not a MentorVault backup or it is damaged. Nothing was restored. Try another backup file.</source>
        <translation>Diese Datei ist keine MentorVault-Sicherung oder sie ist beschädigt. Es wurde nichts wiederhergestellt. Versuch eine andere Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Pick the partner&apos;s role from the list.</source>
        <translation>Wähle die Rolle des Partners aus der Liste.</translation>
    </message>
    <message>
        <source>Pick the kind of mentoring from the list.</source>
        <translation>Wähle die Art des Mentorings aus der Liste.</translation>
    </message>
    <message>
        <source>The meeting rhythm is a number of days from 1 to 366. Change it, then save again.</source>
        <translation>Der Rhythmus der Treffen ist eine Zahl von Tagen zwischen 1 und 366. Ändere ihn und speichere dann noch einmal.</translation>
    </message>
    <message>
        <source>A partner&apos;s name must be 1 to 80 characters, without control, invisible or direction-changing characters. Change the name, then save again.</source>
        <translation>Der Name eines Partners muss 1 bis 80 Zeichen lang sein, ohne Steuerzeichen, unsichtbare oder richtungsändernde Zeichen. Ändere den Namen und speichere dann noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>The personal dictionary is full (%n words). Remove some words in Settings first.</source>
        <translation>
            <numerusform>Das persönliche Wörterbuch ist voll (%n Wort). Entferne zuerst in den Einstellungen einige Wörter.</numerusform>
            <numerusform>Das persönliche Wörterbuch ist voll (%n Wörter). Entferne zuerst in den Einstellungen einige Wörter.</numerusform>
        </translation>
    </message>
    <message>
        <source>A dictionary word is one word of at most 100 letters. Check the word, then add it again.</source>
        <translation>Ein Wort im Wörterbuch ist ein einzelnes Wort mit höchstens 100 Buchstaben. Prüfe das Wort und füge es dann noch einmal hinzu.</translation>
    </message>
    <message>
        <source>That value does not fit the setting. Check it in Settings, then try again.</source>
        <translation>Dieser Wert passt nicht zur Einstellung. Prüfe ihn in den Einstellungen und versuch es dann noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>%n of these entries belong to your relationship with someone else. In Share…, tick each one you really mean to send; nothing was sent.</source>
        <translation>
            <numerusform>%n dieser Einträge gehört zu deiner Beziehung mit jemand anderem. Hake ihn unter Teilen… nur an, wenn du ihn wirklich senden willst; es wurde nichts gesendet.</numerusform>
            <numerusform>%n dieser Einträge gehören zu deiner Beziehung mit jemand anderem. Hake unter Teilen… jeden an, den du wirklich senden willst; es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be used. Check that its disk is connected, or pick another folder in Backup settings….</source>
        <translation>Der Sicherungsordner %1 lässt sich nicht verwenden. Prüfe, ob sein Laufwerk angeschlossen ist, oder wähle in Sicherungseinstellungen… einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The entry changed after you reviewed it; nothing was sent. Open Share… again and review it before sharing.</source>
        <translation>Der Eintrag hat sich geändert, nachdem du ihn geprüft hast; es wurde nichts gesendet. Öffne Teilen… noch einmal und prüfe ihn, bevor du ihn teilst.</translation>
    </message>
    <message>
        <source>Those words do not match the new card for %1. Nothing was changed; do not trust that card.</source>
        <translation>Diese Wörter passen nicht zur neuen Karte für %1. Es wurde nichts geändert; vertraue dieser Karte nicht.</translation>
    </message>
    <message>
        <source>Those words do not match the fingerprint of %1&apos;s card. %1 stays unverified; check the words with them again, in person or on a call.</source>
        <translation>Diese Wörter passen nicht zum Fingerabdruck der Karte von %1. %1 bleibt unbestätigt; vergleiche die Wörter noch einmal mit %1, persönlich oder bei einem Anruf.</translation>
    </message>
    <message>
        <source>MentorVault cannot write to the vault folder %1. Check its permissions, or copy the vault to a folder you can write to and open it there.</source>
        <translation>MentorVault kann nicht in den Tresorordner %1 schreiben. Prüfe seine Berechtigungen, oder kopiere den Tresor in einen Ordner, in den du schreiben kannst, und öffne ihn dort.</translation>
    </message>
    <message>
        <source>MentorVault could not create the folder %1. Check that you can write where it goes, or pick another place.</source>
        <translation>MentorVault konnte den Ordner %1 nicht anlegen. Prüfe, ob du dort schreiben kannst, wo er hin soll, oder wähle einen anderen Ort.</translation>
    </message>
    <message>
        <source>The vault folder is no longer at %1: it was moved or deleted while open. Lock the vault and open it from its new place; nothing else was written.</source>
        <translation>Der Tresorordner ist nicht mehr unter %1: Er wurde verschoben oder gelöscht, während er offen war. Sperre den Tresor und öffne ihn an seinem neuen Ort; sonst wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it, then try again.</source>
        <translation>Der Tresor ist gesperrt. Entsperre ihn und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>That passphrase is too weak. Use at least 10 characters; a few unrelated words work well.</source>
        <translation>Diese Passphrase ist zu schwach. Nimm mindestens 10 Zeichen; ein paar Wörter, die nichts miteinander zu tun haben, eignen sich gut.</translation>
    </message>
    <message>
        <source>The record of what was shared has been edited outside MentorVault; its records cannot be trusted. Choose Restore a backup… to restore the vault, and compare digests with your partners.</source>
        <translation>Die Aufzeichnung dessen, was geteilt wurde, ist außerhalb von MentorVault bearbeitet worden; ihren Einträgen kann man nicht trauen. Wähle Sicherung wiederherstellen…, um den Tresor wiederherzustellen, und vergleiche die Prüfwörter mit deinen Partnern.</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer, so MentorVault cannot remember this device. Unlock with your passphrase instead.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund des Systems verfügbar, daher kann sich MentorVault dieses Gerät nicht merken. Entsperre stattdessen mit deiner Passphrase.</translation>
    </message>
    <message>
        <source>That entry cannot be saved as it is: a field is empty, too long or not in the right form. Check the fields, then save again.</source>
        <translation>Dieser Eintrag lässt sich so nicht speichern: Ein Feld ist leer, zu lang oder nicht in der richtigen Form. Prüfe die Felder und speichere dann noch einmal.</translation>
    </message>
    <message>
        <source>MentorVault does not know that kind of entry. Pick a kind from the list, then save again.</source>
        <translation>MentorVault kennt diese Art von Eintrag nicht. Wähle eine Art aus der Liste und speichere dann noch einmal.</translation>
    </message>
    <message>
        <source>There is already a partner named %1. Pick another name.</source>
        <translation>Es gibt schon einen Partner namens %1. Wähle einen anderen Namen.</translation>
    </message>
    <message>
        <source>MentorVault could not understand that search. Type plain words, &quot;quoted phrases&quot;, a trailing * for prefixes, or AND / OR / NOT between words.</source>
        <translation>MentorVault hat diese Suche nicht verstanden. Gib einfache Wörter ein, &quot;Wortgruppen in Anführungszeichen&quot;, ein * am Ende für Wortanfänge, oder AND / OR / NOT zwischen Wörtern.</translation>
    </message>
    <message>
        <source>That period is not valid. Pick its first day before its last.</source>
        <translation>Dieser Zeitraum ist ungültig. Wähle den ersten Tag vor dem letzten.</translation>
    </message>
    <message>
        <source>The backup could not be written; nothing in the vault was changed. Check that the backup folder exists, that you can write to it and that its disk is connected (Backup settings…), then try again.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden; im Tresor wurde nichts geändert. Prüfe, ob der Sicherungsordner existiert, ob du hineinschreiben kannst und ob sein Laufwerk angeschlossen ist (Sicherungseinstellungen…), und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Der Datenträger ist voll. Es wurde nichts gespeichert; schaffe etwas Platz und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>That bundle was refused and nothing was stored: it is damaged, not addressed to you, or not from a partner whose card you verified. Check the partner&apos;s card, or ask them to prepare the bundle again.</source>
        <translation>Dieses Paket wurde abgelehnt und nichts gespeichert: Es ist beschädigt, nicht an dich gerichtet oder nicht von einem Partner, dessen Karte du bestätigt hast. Prüfe die Karte des Partners, oder bitte ihn, das Paket noch einmal vorzubereiten.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name for the bundle, then try again.</source>
        <translation>%1 ist ein Ordner. Gib einen Dateinamen für das Paket an und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>A file that comes with MentorVault is missing or damaged, so this could not be done. Install MentorVault again; your vault and its entries are not affected.</source>
        <translation>Eine Datei, die zu MentorVault gehört, fehlt oder ist beschädigt, daher ging das nicht. Installiere MentorVault neu; dein Tresor und seine Einträge sind davon nicht betroffen.</translation>
    </message>
    <message numerus="yes">
        <source>This bundle would be larger than %n MiB, too large for your partner to import; nothing was written. Share fewer or shorter entries at a time.</source>
        <translation>
            <numerusform>Dieses Paket wäre größer als %n MiB und damit zu groß, als dass dein Partner es importieren könnte; es wurde nichts geschrieben. Teile weniger oder kürzere Einträge auf einmal.</numerusform>
            <numerusform>Dieses Paket wäre größer als %n MiB und damit zu groß, als dass dein Partner es importieren könnte; es wurde nichts geschrieben. Teile weniger oder kürzere Einträge auf einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>You already imported this bundle from %1, or a newer one: it is a replay or an old copy. Nothing was changed.</source>
        <translation>Du hast dieses Paket von %1 schon importiert, oder ein neueres: Es ist eine Wiederholung oder eine alte Kopie. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Sharing could not be changed, and nothing was sent or revoked. Open Share… again, check the entry and the partners, then try again.</source>
        <translation>Die Freigabe konnte nicht geändert werden, und es wurde nichts gesendet oder zurückgezogen. Öffne Teilen… noch einmal, prüfe den Eintrag und die Partner, und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>That exchange folder cannot be used. Pick a folder that exists, then try again.</source>
        <translation>Dieser Austauschordner kann nicht verwendet werden. Wähle einen vorhandenen Ordner und versuche es erneut.</translation>
    </message>
    <message>
        <source>%1 has no contact card yet. Choose Add their card… and pick the card file %1 sent you.</source>
        <translation>%1 hat noch keine Kontaktkarte. Wähle Karte hinzufügen… und dann die Kartendatei, die %1 dir geschickt hat.</translation>
    </message>
    <message>
        <source>You have not verified %1&apos;s fingerprint yet. Choose Verify their card… and compare the words with %1 in person or on a call.</source>
        <translation>Du hast den Fingerabdruck von %1 noch nicht bestätigt. Wähle Karte bestätigen… und vergleiche die Wörter mit %1 persönlich oder bei einem Anruf.</translation>
    </message>
    <message>
        <source>Your relationship with %1 has ended; nothing more is sent to them.</source>
        <translation>Deine Beziehung mit %1 ist beendet; es wird nichts mehr an %1 gesendet.</translation>
    </message>
    <message>
        <source>Ending your relationship with %1 needs a closing bundle that asks them to remove what you shared; nothing was changed. Choose End this relationship… again and keep the closing bundle.</source>
        <translation>Um deine Beziehung mit %1 zu beenden, ist ein Abschlusspaket nötig, das %1 bittet zu entfernen, was du geteilt hast; es wurde nichts geändert. Wähle noch einmal Diese Beziehung beenden… und behalte das Abschlusspaket.</translation>
    </message>
    <message>
        <source>That contact card is not valid, so it was not added. Ask your partner to save their card again (My contact card…) and send you the file.</source>
        <translation>Diese Kontaktkarte ist ungültig und wurde daher nicht hinzugefügt. Bitte deinen Partner, seine Karte noch einmal zu speichern (Meine Kontaktkarte…) und dir die Datei zu schicken.</translation>
    </message>
    <message>
        <source>Warning: this card for %1 has different keys from the one you have. It could be an impostor, or %1 made a new vault. Compare fingerprints with %1 in person or on a call before you choose Verify their card…. Until then nothing from the new keys is accepted.</source>
        <translation>Warnung: Diese Karte für %1 hat andere Schlüssel als die, die du hast. Es könnte jemand anderes dahinterstecken, oder %1 hat einen neuen Tresor angelegt. Vergleiche die Fingerabdrücke mit %1 persönlich oder bei einem Anruf, bevor du Karte bestätigen… wählst. Bis dahin wird von den neuen Schlüsseln nichts angenommen.</translation>
    </message>
    <message>
        <source>A file named %1 already exists; the contact card was not written. Pick another file name.</source>
        <translation>Eine Datei namens %1 gibt es schon; die Kontaktkarte wurde nicht geschrieben. Wähle einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>There is no setting named %1.</source>
        <translation>Es gibt keine Einstellung namens %1.</translation>
    </message>
    <message>
        <source>That attachment name cannot be used. Give a name that is not empty, without slashes or control characters.</source>
        <translation>Dieser Anhangname kann nicht verwendet werden. Geben Sie einen Namen an, der nicht leer ist, ohne Schrägstriche oder Steuerzeichen.</translation>
    </message>
    <message numerus="yes">
        <source>That file is too large to attach: files up to %n MiB can be attached. Nothing was attached.</source>
        <translation>
            <numerusform>Diese Datei ist zu groß zum Anhängen: Dateien bis %n MiB können angehängt werden. Nichts wurde angehängt.</numerusform>
            <numerusform>Diese Datei ist zu groß zum Anhängen: Dateien bis %n MiB können angehängt werden. Nichts wurde angehängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The attachment %1 is no longer on this entry.</source>
        <translation>Der Anhang %1 gehört nicht mehr zu diesem Eintrag.</translation>
    </message>
    <message>
        <source>The file %1 could not be read, so nothing was attached. Check that it is still there and that you may read it.</source>
        <translation>Die Datei %1 konnte nicht gelesen werden, daher wurde nichts angehängt. Prüfen Sie, ob sie noch da ist und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>This computer has no private folder in memory to open the attachment from, so it was not opened. Use Save a copy… instead.</source>
        <translation>Dieser Computer hat keinen privaten Ordner im Arbeitsspeicher, aus dem der Anhang geöffnet werden könnte, daher wurde er nicht geöffnet. Verwenden Sie stattdessen „Kopie speichern…“.</translation>
    </message>
    <message>
        <source>A file named %1 already exists; nothing was written. Pick another file name.</source>
        <translation>Eine Datei namens %1 gibt es schon; nichts wurde geschrieben. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>The notes could not be written to %1. Nothing was written.</source>
        <translation>Die Notizen konnten nicht nach %1 geschrieben werden. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>An attachment needs a name. Give it one, then try again.</source>
        <translation>Ein Anhang braucht einen Namen. Geben Sie ihm einen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>An attachment name cannot contain a slash or a backslash. Give another name.</source>
        <translation>Ein Anhangname darf keinen Schrägstrich und keinen umgekehrten Schrägstrich enthalten. Geben Sie einen anderen Namen an.</translation>
    </message>
    <message>
        <source>That attachment name contains invisible control characters. Give another name.</source>
        <translation>Dieser Anhangname enthält unsichtbare Steuerzeichen. Geben Sie einen anderen Namen an.</translation>
    </message>
    <message>
        <source>An attachment name cannot start with a dot. Give another name.</source>
        <translation>Ein Anhangname darf nicht mit einem Punkt beginnen. Geben Sie einen anderen Namen an.</translation>
    </message>
    <message numerus="yes">
        <source>That attachment name is too long: use at most %n characters.</source>
        <translation>
            <numerusform>Dieser Anhangname ist zu lang: Verwenden Sie höchstens %n Zeichen.</numerusform>
            <numerusform>Dieser Anhangname ist zu lang: Verwenden Sie höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>That file type is not valid. Nothing was attached.</source>
        <translation>Dieser Dateityp ist nicht gültig. Nichts wurde angehängt.</translation>
    </message>
    <message>
        <source>This attachment is too large to show here. Use Open with… or Save a copy… instead.</source>
        <translation>Dieser Anhang ist zu groß, um ihn hier anzuzeigen. Verwenden Sie stattdessen Öffnen mit… oder Kopie speichern….</translation>
    </message>
    <message>
        <source>There is no file %1. Nothing was attached.</source>
        <translation>Es gibt keine Datei %1. Nichts wurde angehängt.</translation>
    </message>
    <message>
        <source>%1 is a folder or a special file. Pick a file to attach.</source>
        <translation>%1 ist ein Ordner oder eine Spezialdatei. Wählen Sie eine Datei zum Anhängen.</translation>
    </message>
    <message>
        <source>The file %1 could not be read, so nothing was attached. Check that you may read it and that its disk is connected.</source>
        <translation>Die Datei %1 konnte nicht gelesen werden, daher wurde nichts angehängt. Prüfen Sie, ob Sie sie lesen dürfen und das Laufwerk verbunden ist.</translation>
    </message>
    <message numerus="yes">
        <source>The attachments of the entries you chose add up to more than %n MiB, more than one bundle can carry; nothing was written. Share fewer of them at a time.</source>
        <translation>
            <numerusform>Die Anhänge der gewählten Einträge ergeben zusammen mehr als %n MiB, mehr als ein Paket tragen kann; nichts wurde geschrieben. Teilen Sie weniger auf einmal.</numerusform>
            <numerusform>Die Anhänge der gewählten Einträge ergeben zusammen mehr als %n MiB, mehr als ein Paket tragen kann; nichts wurde geschrieben. Teilen Sie weniger auf einmal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The attachments in this bundle add up to more than %n MiB, more than MentorVault accepts at once; nothing was stored. Ask your partner to share fewer of them at a time.</source>
        <translation>
            <numerusform>Die Anhänge in diesem Paket ergeben zusammen mehr als %n MiB, mehr als MentorVault auf einmal annimmt; nichts wurde gespeichert. Bitten Sie Ihren Partner, weniger auf einmal zu teilen.</numerusform>
            <numerusform>Die Anhänge in diesem Paket ergeben zusammen mehr als %n MiB, mehr als MentorVault auf einmal annimmt; nichts wurde gespeichert. Bitten Sie Ihren Partner, weniger auf einmal zu teilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file %1. Choose Import bundle… and pick the bundle file again.</source>
        <translation>Es gibt keine Datei %1. Wähle Paket importieren… und dann noch einmal die Paketdatei.</translation>
    </message>
    <message>
        <source>%1 is a folder or a special file, not a bundle file. Pick the bundle file itself.</source>
        <translation>%1 ist ein Ordner oder eine Spezialdatei, keine Paketdatei. Wähle die Paketdatei selbst.</translation>
    </message>
    <message>
        <source>The bundle file %1 could not be read. Check that its disk is connected and that you may read it, then try again.</source>
        <translation>Die Paketdatei %1 ließ sich nicht lesen. Prüfe, ob ihr Laufwerk angeschlossen ist und ob du sie lesen darfst, und versuch es dann noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>This file is larger than %n MiB, too large to be a MentorVault bundle. Check that you picked the bundle your partner sent you.</source>
        <translation>
            <numerusform>Diese Datei ist größer als %n MiB und damit zu groß für ein MentorVault-Paket. Prüfe, ob du das Paket gewählt hast, das dein Partner dir geschickt hat.</numerusform>
            <numerusform>Diese Datei ist größer als %n MiB und damit zu groß für ein MentorVault-Paket. Prüfe, ob du das Paket gewählt hast, das dein Partner dir geschickt hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not a MentorVault bundle. Pick the bundle file your partner sent you (its name ends in .mvbundle).</source>
        <translation>Diese Datei ist kein MentorVault-Paket. Wähle die Paketdatei, die dein Partner dir geschickt hat (ihr Name endet auf .mvbundle).</translation>
    </message>
    <message>
        <source>This bundle could not be decrypted: it was made for another vault, or the file is damaged. Nothing was stored. Ask your partner to export it again for you.</source>
        <translation>Dieses Paket ließ sich nicht entschlüsseln: Es wurde für einen anderen Tresor erstellt, oder die Datei ist beschädigt. Es wurde nichts gespeichert. Bitte deinen Partner, es noch einmal für dich zu exportieren.</translation>
    </message>
    <message>
        <source>This bundle is damaged or was changed after your partner made it; nothing was stored. Ask your partner to export it again.</source>
        <translation>Dieses Paket ist beschädigt oder wurde verändert, nachdem dein Partner es erstellt hat; es wurde nichts gespeichert. Bitte deinen Partner, es noch einmal zu exportieren.</translation>
    </message>
    <message>
        <source>This bundle was made by an older version of MentorVault; nothing was stored. Ask your partner to update MentorVault and export it again.</source>
        <translation>Dieses Paket wurde mit einer älteren Version von MentorVault erstellt; es wurde nichts gespeichert. Bitte deinen Partner, MentorVault zu aktualisieren und es noch einmal zu exportieren.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of MentorVault; nothing was stored. Update MentorVault, then import the bundle again.</source>
        <translation>Dieses Paket wurde mit einer neueren Version von MentorVault erstellt; es wurde nichts gespeichert. Aktualisiere MentorVault und importiere das Paket dann noch einmal.</translation>
    </message>
    <message>
        <source>This bundle comes from someone who is not one of your partners; nothing was stored. Choose Add their card… to add their contact card first, then import the bundle again.</source>
        <translation>Dieses Paket stammt von jemandem, der nicht zu deinen Partnern gehört; es wurde nichts gespeichert. Füge zuerst mit Karte hinzufügen… die Kontaktkarte dieser Person hinzu und importiere das Paket dann noch einmal.</translation>
    </message>
    <message>
        <source>Warning: this bundle claims to come from one of your partners, but its keys do not match the card you verified. Nothing was stored. Do not trust it; check the card with your partner in person or on a call.</source>
        <translation>Warnung: Dieses Paket gibt vor, von einem deiner Partner zu stammen, aber seine Schlüssel passen nicht zu der Karte, die du bestätigt hast. Es wurde nichts gespeichert. Vertraue ihm nicht; prüfe die Karte mit deinem Partner persönlich oder bei einem Anruf.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match your partner&apos;s verified key: it was altered or forged. Nothing was stored. Ask your partner to export it again.</source>
        <translation>Die Signatur dieses Pakets passt nicht zum bestätigten Schlüssel deines Partners: Es wurde verändert oder gefälscht. Es wurde nichts gespeichert. Bitte deinen Partner, es noch einmal zu exportieren.</translation>
    </message>
    <message>
        <source>This bundle was not addressed to you; nothing was stored. Ask your partner to export it for you.</source>
        <translation>Dieses Paket ist nicht an dich gerichtet; es wurde nichts gespeichert. Bitte deinen Partner, es für dich zu exportieren.</translation>
    </message>
    <message>
        <source>This is a bundle you made yourself; it is for your partner to import. Send it to them instead.</source>
        <translation>Dieses Paket hast du selbst erstellt; es ist für deinen Partner zum Importieren. Schick es ihm stattdessen.</translation>
    </message>
    <message>
        <source>You have not verified %1&apos;s fingerprint yet, so bundles from %1 are not accepted; nothing was stored. Choose Verify their card… and compare the words with %1 first.</source>
        <translation>Du hast den Fingerabdruck von %1 noch nicht bestätigt, daher werden Pakete von %1 nicht angenommen; es wurde nichts gespeichert. Wähle Karte bestätigen… und vergleiche zuerst die Wörter mit %1.</translation>
    </message>
    <message>
        <source>Your relationship with %1 has ended, so bundles from %1 are no longer accepted; nothing was stored.</source>
        <translation>Deine Beziehung mit %1 ist beendet, daher werden Pakete von %1 nicht mehr angenommen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>This bundle holds more entries than MentorVault accepts at once; nothing was stored. Ask your partner to share fewer entries in each bundle.</source>
        <translation>Dieses Paket enthält mehr Einträge, als MentorVault auf einmal annimmt; es wurde nichts gespeichert. Bitte deinen Partner, weniger Einträge pro Paket zu teilen.</translation>
    </message>
    <message>
        <source>This bundle lists the same entry twice; nothing was stored. Ask your partner to export it again.</source>
        <translation>Dieses Paket führt denselben Eintrag zweimal auf; es wurde nichts gespeichert. Bitte deinen Partner, es noch einmal zu exportieren.</translation>
    </message>
    <message>
        <source>This bundle holds an entry MentorVault cannot accept (an unknown kind or field, or a value out of range); nothing was stored. Check that you and your partner both use the newest MentorVault, then ask them to export it again.</source>
        <translation>Dieses Paket enthält einen Eintrag, den MentorVault nicht annehmen kann (eine unbekannte Art oder ein unbekanntes Feld, oder ein Wert außerhalb des erlaubten Bereichs); es wurde nichts gespeichert. Prüfe, ob du und dein Partner beide die neueste Version von MentorVault verwendet, und bitte ihn dann, es noch einmal zu exportieren.</translation>
    </message>
    <message>
        <source>The card file %1 could not be read. Check that its disk is connected and that you may read it, then try again.</source>
        <translation>Die Kartendatei %1 ließ sich nicht lesen. Prüfe, ob ihr Laufwerk angeschlossen ist und ob du sie lesen darfst, und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>That file is not a MentorVault contact card. Pick the card file your partner sent you (its name ends in .mvcard).</source>
        <translation>Diese Datei ist keine MentorVault-Kontaktkarte. Wähle die Kartendatei, die dein Partner dir geschickt hat (ihr Name endet auf .mvcard).</translation>
    </message>
    <message numerus="yes">
        <source>That file is too large to be a contact card (a card is at most %n KiB). Pick the card file your partner sent you.</source>
        <translation>
            <numerusform>Diese Datei ist zu groß für eine Kontaktkarte (eine Karte hat höchstens %n KiB). Wähle die Kartendatei, die dein Partner dir geschickt hat.</numerusform>
            <numerusform>Diese Datei ist zu groß für eine Kontaktkarte (eine Karte hat höchstens %n KiB). Wähle die Kartendatei, die dein Partner dir geschickt hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>That contact card is damaged, so it was not added. Ask your partner to save their card again (My contact card…) and send you the file.</source>
        <translation>Diese Kontaktkarte ist beschädigt und wurde daher nicht hinzugefügt. Bitte deinen Partner, seine Karte noch einmal zu speichern (Meine Kontaktkarte…) und dir die Datei zu schicken.</translation>
    </message>
    <message>
        <source>That contact card&apos;s fingerprint does not match its keys: the card was changed after it was saved. It was not added; ask your partner for a fresh card.</source>
        <translation>Der Fingerabdruck dieser Kontaktkarte passt nicht zu ihren Schlüsseln: Die Karte wurde nach dem Speichern verändert. Sie wurde nicht hinzugefügt; bitte deinen Partner um eine neue Karte.</translation>
    </message>
    <message>
        <source>A name is needed. Type a name of 1 to 80 characters, then try again.</source>
        <translation>Ein Name ist nötig. Gib einen Namen mit 1 bis 80 Zeichen ein und versuch es dann noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>That name is longer than %n characters. Pick a shorter name, then try again.</source>
        <translation>
            <numerusform>Dieser Name ist länger als ein Zeichen. Wähle einen kürzeren Namen und versuch es dann noch einmal.</numerusform>
            <numerusform>Dieser Name ist länger als %n Zeichen. Wähle einen kürzeren Namen und versuch es dann noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>That name starts or ends with spaces. Remove them, then try again.</source>
        <translation>Dieser Name beginnt oder endet mit Leerzeichen. Entferne sie und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>That name holds control or text-direction characters. Use plain letters, then try again.</source>
        <translation>Dieser Name enthält Steuer- oder Textrichtungszeichen. Verwende einfache Buchstaben und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>That is your own contact card. Add the card your partner sent you instead.</source>
        <translation>Das ist deine eigene Kontaktkarte. Füge stattdessen die Karte hinzu, die dein Partner dir geschickt hat.</translation>
    </message>
    <message>
        <source>That card&apos;s keys already belong to your partner %1; one card cannot stand for two partners. Nothing was added; pick the right card file.</source>
        <translation>Die Schlüssel dieser Karte gehören schon zu deinem Partner %1; eine Karte kann nicht für zwei Partner stehen. Es wurde nichts hinzugefügt; wähle die richtige Kartendatei.</translation>
    </message>
    <message>
        <source>This vault&apos;s own keys are damaged. Choose Restore a backup… to restore the vault from a backup.</source>
        <translation>Die eigenen Schlüssel dieses Tresors sind beschädigt. Wähle Sicherung wiederherstellen…, um den Tresor aus einer Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>Every entry needs a title. Type one, then save again.</source>
        <translation>Jeder Eintrag braucht einen Titel. Gib einen ein und speichere dann noch einmal.</translation>
    </message>
    <message>
        <source>The field “%1” is required. Fill it in, then save again.</source>
        <translation>Das Feld „%1“ ist erforderlich. Fülle es aus und speichere dann noch einmal.</translation>
    </message>
    <message>
        <source>The field “%1” does not hold the kind of value it takes. Check it, then save again.</source>
        <translation>Das Feld „%1“ enthält keinen Wert der passenden Art. Prüfe es und speichere dann noch einmal.</translation>
    </message>
    <message>
        <source>The field “%1” holds a NUL character. Remove it, then save again.</source>
        <translation>Das Feld „%1“ enthält ein NUL-Zeichen. Entferne es und speichere dann noch einmal.</translation>
    </message>
    <message>
        <source>The field “%1” takes a single line. Remove the line breaks, then save again.</source>
        <translation>Das Feld „%1“ nimmt nur eine Zeile auf. Entferne die Zeilenumbrüche und speichere dann noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>The field “%1” is too long: it takes at most %n characters. Shorten it, then save again.</source>
        <translation>
            <numerusform>Das Feld „%1“ ist zu lang: Es nimmt höchstens ein Zeichen auf. Kürze es und speichere dann noch einmal.</numerusform>
            <numerusform>Das Feld „%1“ ist zu lang: Es nimmt höchstens %n Zeichen auf. Kürze es und speichere dann noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The field “%1” takes a date. Pick one in the calendar, then save again.</source>
        <translation>Das Feld „%1“ nimmt ein Datum auf. Wähle eines im Kalender und speichere dann noch einmal.</translation>
    </message>
    <message>
        <source>The field “%1” takes one of the values in its list. Pick one, then save again.</source>
        <translation>Das Feld „%1“ nimmt einen der Werte aus seiner Liste auf. Wähle einen und speichere dann noch einmal.</translation>
    </message>
    <message>
        <source>The field “%1” takes a whole number. Change it, then save again.</source>
        <translation>Das Feld „%1“ nimmt eine ganze Zahl auf. Ändere es und speichere dann noch einmal.</translation>
    </message>
    <message>
        <source>The field “%1” takes a number from %2 to %3. Change it, then save again.</source>
        <translation>Das Feld „%1“ nimmt eine Zahl von %2 bis %3 auf. Ändere es und speichere dann noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>The field “%1” has too many items: it takes at most %n. Remove some, then save again.</source>
        <translation>
            <numerusform>Das Feld „%1“ hat zu viele Punkte: Es nimmt höchstens einen auf. Entferne einige und speichere dann noch einmal.</numerusform>
            <numerusform>Das Feld „%1“ hat zu viele Punkte: Es nimmt höchstens %n auf. Entferne einige und speichere dann noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>This entry has a field MentorVault does not know (%1). Remove it, then save again.</source>
        <translation>Dieser Eintrag hat ein Feld, das MentorVault nicht kennt (%1). Entferne es und speichere dann noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>A tag is up to %n characters, without commas or control characters. Change the tag, then save again.</source>
        <translation>
            <numerusform>Ein Schlagwort hat höchstens ein Zeichen, ohne Kommas oder Steuerzeichen. Ändere das Schlagwort und speichere dann noch einmal.</numerusform>
            <numerusform>Ein Schlagwort hat höchstens %n Zeichen, ohne Kommas oder Steuerzeichen. Ändere das Schlagwort und speichere dann noch einmal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An entry can have at most %n tags. Remove some, then save again.</source>
        <translation>
            <numerusform>Ein Eintrag kann höchstens ein Schlagwort haben. Entferne die übrigen und speichere dann noch einmal.</numerusform>
            <numerusform>Ein Eintrag kann höchstens %n Schlagwörter haben. Entferne einige und speichere dann noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>A field was not given as a name and a value. Check the fields, then save again.</source>
        <translation>Ein Feld wurde nicht als Name und Wert angegeben. Prüfe die Felder und speichere dann noch einmal.</translation>
    </message>
    <message>
        <source>The field “%1” is given twice. Keep one, then save again.</source>
        <translation>Das Feld „%1“ ist zweimal angegeben. Behalte eines und speichere dann noch einmal.</translation>
    </message>
    <message>
        <source>The field “%1” holds a value MentorVault cannot read. Check it, then save again.</source>
        <translation>Das Feld „%1“ enthält einen Wert, den MentorVault nicht lesen kann. Prüfe es und speichere dann noch einmal.</translation>
    </message>
    <message>
        <source>The exchange folder %1 is not there. Connect its disk or start your sync program, or pick another folder in the partner view.</source>
        <translation>Der Austauschordner %1 ist nicht da. Schließe sein Laufwerk an oder starte dein Sync-Programm, oder wähle in der Partneransicht einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Pick the folder you share with your partner.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wähle den Ordner, den du mit deinem Partner teilst.</translation>
    </message>
    <message>
        <source>%1 has no exchange folder yet. Pick one in the partner view first.</source>
        <translation>%1 hat noch keinen Austauschordner. Wähle zuerst einen in der Partneransicht.</translation>
    </message>
    <message>
        <source>That entry was never shared with %1, so there is nothing to revoke.</source>
        <translation>Dieser Eintrag wurde nie mit %1 geteilt, daher gibt es nichts zu widerrufen.</translation>
    </message>
    <message>
        <source>Pick at least one partner to share with, then try again.</source>
        <translation>Wähle mindestens einen Partner, mit dem du teilen willst, und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>A partner is picked twice. Pick each partner once, then try again.</source>
        <translation>Ein Partner ist zweimal gewählt. Wähle jeden Partner nur einmal und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>Only a boundary agreement your partner shared with you can be accepted; nothing was changed.</source>
        <translation>Nur eine Vereinbarung, die dein Partner mit dir geteilt hat, kann angenommen werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose a new folder name, or an empty folder, for the export.</source>
        <translation>%1 ist nicht leer. Wähle für den Export einen neuen Ordnernamen oder einen leeren Ordner.</translation>
    </message>
    <message>
        <source>%1 is a file. A Markdown export needs a new or empty folder.</source>
        <translation>%1 ist eine Datei. Ein Markdown-Export braucht einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name.</source>
        <translation>%1 ist ein Ordner. Gib einen Dateinamen an.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or agree to replace it.</source>
        <translation>%1 gibt es schon. Wähle einen anderen Namen oder stimme dem Ersetzen zu.</translation>
    </message>
    <message>
        <source>The folder %1 would go in does not exist. Choose another place.</source>
        <translation>Der Ordner, in den %1 käme, existiert nicht. Wähle einen anderen Ort.</translation>
    </message>
    <message>
        <source>No entries match, so nothing was written.</source>
        <translation>Keine Einträge passen, daher wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name for the backup, then try again.</source>
        <translation>%1 ist ein Ordner. Gib einen Dateinamen für die Sicherung an und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1; nothing in the vault was changed. Check that the folder exists, that you can write to it and that its disk is connected, then try again.</source>
        <translation>Die Sicherung konnte nicht nach %1 geschrieben werden; im Tresor wurde nichts geändert. Prüfe, ob der Ordner existiert, ob du hineinschreiben kannst und ob sein Laufwerk angeschlossen ist, und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>MentorVault did not write the backup, because it could not be encrypted; nothing in the vault was changed. Lock the vault, unlock it again, then try again.</source>
        <translation>MentorVault hat die Sicherung nicht geschrieben, weil sie sich nicht verschlüsseln ließ; im Tresor wurde nichts geändert. Sperre den Tresor, entsperre ihn wieder und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>The vault could not be backed up before its upgrade, so it was not upgraded; nothing was changed. Check that the vault folder is writable and its disk has free space, then open the vault again.</source>
        <translation>Vor der Aktualisierung ließ sich keine Sicherung des Tresors anlegen, daher wurde er nicht aktualisiert; es wurde nichts geändert. Prüfe, ob du in den Tresorordner schreiben kannst und ob auf seinem Laufwerk Platz frei ist, und öffne den Tresor dann noch einmal.</translation>
    </message>
    <message>
        <source>The fresh backup %1 was written, but the old backup %2 could not be removed. Remove it in your file manager.</source>
        <translation>Die aktuelle Sicherung %1 wurde geschrieben, aber die alte Sicherung %2 ließ sich nicht entfernen. Entferne sie in deiner Dateiverwaltung.</translation>
    </message>
    <message>
        <source>Today&apos;s backup was not finished: the copy kept for it since an earlier unlock was damaged, so it was removed. Nothing in the vault was changed; the next unlock makes a new backup.</source>
        <translation>Die heutige Sicherung wurde nicht fertig: Die seit einem früheren Entsperren dafür aufbewahrte Kopie war beschädigt und wurde entfernt. Am Tresor wurde nichts geändert; beim nächsten Entsperren entsteht eine neue Sicherung.</translation>
    </message>
    <message>
        <source>The automatic backup failed; nothing in the vault was changed. It is tried again next time; choose Back up now to make one at once.</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen; im Tresor wurde nichts geändert. Sie wird beim nächsten Mal wieder versucht; wähle Jetzt sichern, um sofort eine anzulegen.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file asks for an unreasonable amount of memory to unlock; it was tampered with or damaged. Nothing was changed.</source>
        <translation>Die Schlüsseldatei des Tresors verlangt zum Entsperren unvernünftig viel Speicher; sie wurde manipuliert oder beschädigt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file has unreasonable unlock settings; it was tampered with or damaged. Nothing was changed.</source>
        <translation>Die Schlüsseldatei des Tresors hat unvernünftige Einstellungen zum Entsperren; sie wurde manipuliert oder beschädigt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of MentorVault. Nothing was changed; update MentorVault to open it.</source>
        <translation>Dieser Tresor wurde mit einer neueren Version von MentorVault angelegt. Es wurde nichts geändert; aktualisiere MentorVault, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing. Nothing was changed.</source>
        <translation>Die Schlüsseldatei des Tresors fehlt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file does not belong to this vault&apos;s database: it comes from another vault, or the start of the database is damaged. Nothing was changed.</source>
        <translation>Die Schlüsseldatei des Tresors gehört nicht zu seiner Datenbank: Sie stammt aus einem anderen Tresor, oder der Anfang der Datenbank ist beschädigt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault database is missing. Nothing was changed.</source>
        <translation>Die Datenbank des Tresors fehlt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault database is empty, as a power cut can leave it. Nothing was changed.</source>
        <translation>Die Datenbank des Tresors ist leer, wie es nach einem Stromausfall vorkommen kann. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This attachment&apos;s stored bytes do not match what was saved: the vault is damaged there. Nothing was written.</source>
        <translation>Die gespeicherten Bytes dieses Anhangs stimmen nicht mit dem Gespeicherten überein: Der Tresor ist dort beschädigt. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>There is no file %1; nothing was restored. Pick the backup file again.</source>
        <translation>Es gibt keine Datei %1; es wurde nichts wiederhergestellt. Wähle die Sicherungsdatei noch einmal.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup file; nothing was restored. Pick the backup file itself.</source>
        <translation>%1 ist ein Ordner, keine Sicherungsdatei; es wurde nichts wiederhergestellt. Wähle die Sicherungsdatei selbst.</translation>
    </message>
    <message>
        <source>Type at least one word to search for.</source>
        <translation>Gib mindestens ein Wort ein, nach dem gesucht werden soll.</translation>
    </message>
    <message>
        <source>That search is too long. Use a few words.</source>
        <translation>Diese Suche ist zu lang. Nimm ein paar Wörter.</translation>
    </message>
    <message>
        <source>Type at least one letter or digit to search for.</source>
        <translation>Gib mindestens einen Buchstaben oder eine Ziffer ein, nach dem gesucht werden soll.</translation>
    </message>
    <message>
        <source>That is not a day. Pick a day from the calendar.</source>
        <translation>Das ist kein Tag. Wähle einen Tag im Kalender.</translation>
    </message>
    <message>
        <source>The period ends before it begins. Pick its first day before its last.</source>
        <translation>Der Zeitraum endet, bevor er beginnt. Wähle den ersten Tag vor dem letzten.</translation>
    </message>
    <message>
        <source>That does not look like a recovery key: a recovery key has 14 groups of 4 letters and digits. Check it and try again.</source>
        <translation>Das sieht nicht nach einem Wiederherstellungsschlüssel aus: Ein Wiederherstellungsschlüssel hat 14 Gruppen aus je 4 Buchstaben und Ziffern. Prüfe ihn und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>That recovery key has a typing mistake in it. Check each group and try again.</source>
        <translation>In diesem Wiederherstellungsschlüssel steckt ein Tippfehler. Prüfe jede Gruppe und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup was not written. Free some space, then try again.</source>
        <translation>Der Datenträger ist voll, daher wurde die Sicherung nicht geschrieben. Schaffe etwas Platz und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full, so the vault could not be upgraded; nothing was changed. Free some space, then open the vault again.</source>
        <translation>Der Datenträger ist voll, daher ließ sich der Tresor nicht aktualisieren; es wurde nichts geändert. Schaffe etwas Platz und öffne den Tresor dann noch einmal.</translation>
    </message>
    <message>
        <source>%1 is not an entry id. Check it, then try again.</source>
        <translation>%1 ist keine Eintrags-ID. Prüfe sie und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>There is no entry with an id starting %1. Check it, then try again.</source>
        <translation>Es gibt keinen Eintrag, dessen ID mit %1 beginnt. Prüfe sie und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>More than one entry id starts with %1. Give more of the id, then try again.</source>
        <translation>Mehr als eine Eintrags-ID beginnt mit %1. Gib mehr von der ID an und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>That shared entry is no longer in your inbox: your partner may have removed it. Nothing was changed.</source>
        <translation>Dieser geteilte Eintrag ist nicht mehr in deinem Posteingang: Vielleicht hat dein Partner ihn entfernt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The recovery slot in this vault&apos;s key file was changed outside MentorVault.</source>
        <translation>Das Wiederherstellungsfach in der Schlüsseldatei dieses Tresors wurde außerhalb von MentorVault geändert.</translation>
    </message>
    <message>
        <source>The recovery slot in this vault&apos;s key file belongs to another vault.</source>
        <translation>Das Wiederherstellungsfach in der Schlüsseldatei dieses Tresors gehört zu einem anderen Tresor.</translation>
    </message>
    <message>
        <source>This vault&apos;s key file has no recovery slot: it was removed outside MentorVault.</source>
        <translation>Die Schlüsseldatei dieses Tresors hat kein Wiederherstellungsfach: Es wurde außerhalb von MentorVault entfernt.</translation>
    </message>
    <message>
        <source>The recovery slot in this vault&apos;s key file is damaged.</source>
        <translation>Das Wiederherstellungsfach in der Schlüsseldatei dieses Tresors ist beschädigt.</translation>
    </message>
    <message>
        <source>Unlock with your passphrase instead; nothing was changed.</source>
        <translation>Entsperre stattdessen mit deiner Passphrase; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The passphrase slot in this vault&apos;s key file was changed outside MentorVault, so no passphrase can unlock it.</source>
        <translation>Das Passphrase-Fach in der Schlüsseldatei dieses Tresors wurde außerhalb von MentorVault geändert, daher kann keine Passphrase den Tresor entsperren.</translation>
    </message>
    <message>
        <source>The passphrase slot in this vault&apos;s key file belongs to another vault.</source>
        <translation>Das Passphrase-Fach in der Schlüsseldatei dieses Tresors gehört zu einem anderen Tresor.</translation>
    </message>
    <message>
        <source>This vault&apos;s key file has no passphrase slot: it was removed outside MentorVault.</source>
        <translation>Die Schlüsseldatei dieses Tresors hat kein Passphrase-Fach: Es wurde außerhalb von MentorVault entfernt.</translation>
    </message>
    <message>
        <source>The passphrase slot in this vault&apos;s key file asks for an unreasonable amount of memory; it was tampered with or damaged.</source>
        <translation>Das Passphrase-Fach in der Schlüsseldatei dieses Tresors verlangt unsinnig viel Arbeitsspeicher; es wurde manipuliert oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The passphrase slot in this vault&apos;s key file has unreasonable unlock settings; it was tampered with or damaged.</source>
        <translation>Das Passphrase-Fach in der Schlüsseldatei dieses Tresors hat unsinnige Einstellungen zum Entsperren; es wurde manipuliert oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The passphrase slot in this vault&apos;s key file is damaged.</source>
        <translation>Das Passphrase-Fach in der Schlüsseldatei dieses Tresors ist beschädigt.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose Use my recovery key instead, then set a new passphrase in Settings; that replaces the bad slot.</source>
        <translation>Es wurde nichts geändert. Wähle Stattdessen meinen Wiederherstellungsschlüssel verwenden und lege dann in den Einstellungen eine neue Passphrase fest; das ersetzt das fehlerhafte Fach.</translation>
    </message>
    <message>
        <source>The newest automatic backup is %1 (%2 in %3); choose Restore a backup… to restore it into a new folder.</source>
        <translation>Die neueste automatische Sicherung ist %1 (%2 in %3); wähle Sicherung wiederherstellen…, um sie in einem neuen Ordner wiederherzustellen.</translation>
    </message>
    <message>
        <source>There are no automatic backups in %1; choose Restore a backup… to restore a backup file you made.</source>
        <translation>In %1 gibt es keine automatischen Sicherungen; wähle Sicherung wiederherstellen…, um eine Sicherungsdatei wiederherzustellen, die du angelegt hast.</translation>
    </message>
    <message>
        <source>Choose Restore a backup… to restore it from a backup.</source>
        <translation>Wähle Sicherung wiederherstellen…, um ihn aus einer Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong inside MentorVault. What you had already saved is safe. The problem was noted in the log, without any of your content. If it happens again, restart the app.</source>
        <translation>Entschuldige, in MentorVault ist etwas schiefgegangen. Was du schon gespeichert hattest, ist sicher. Das Problem wurde im Protokoll vermerkt, ohne deine Inhalte. Wenn es wieder passiert, starte die App neu.</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>%1 could not be imported; nothing was changed. Check that you picked the right export.</source>
        <translation>%1 konnte nicht importiert werden; nichts wurde geändert. Prüfen Sie, ob Sie den richtigen Export gewählt haben.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>There is no file or folder %1. Pick the export again.</source>
        <translation>Es gibt keine Datei und keinen Ordner %1. Wählen Sie den Export erneut.</translation>
    </message>
    <message>
        <source>%1 is a file, but this format is a folder of notes. Pick the folder.</source>
        <translation>%1 ist eine Datei, aber dieses Format ist ein Ordner mit Notizen. Wählen Sie den Ordner.</translation>
    </message>
    <message>
        <source>%1 is a folder or a special file. Pick the export file itself.</source>
        <translation>%1 ist ein Ordner oder eine Spezialdatei. Wählen Sie die Exportdatei selbst.</translation>
    </message>
    <message>
        <source>%1 could not be read. Check that its disk is connected and that you may read it.</source>
        <translation>%1 konnte nicht gelesen werden. Prüfen Sie, ob das Laufwerk verbunden ist und Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>%1 is larger than an import accepts; nothing was imported.</source>
        <translation>%1 ist größer, als ein Import annimmt; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 holds more files than an import accepts; import a smaller folder at a time.</source>
        <translation>%1 enthält mehr Dateien, als ein Import annimmt; importieren Sie jeweils einen kleineren Ordner.</translation>
    </message>
    <message>
        <source>%1 would expand far more than any real export (it may be a zip bomb); nothing was imported.</source>
        <translation>%1 würde sich viel stärker entpacken als jeder echte Export (vielleicht eine Zip-Bombe); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is not a zip archive, or it is damaged; nothing was imported. Export it again.</source>
        <translation>%1 ist kein Zip-Archiv oder ist beschädigt; nichts wurde importiert. Exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1 points outside the export (a path with .. or an absolute path), so nothing was imported.</source>
        <translation>%1 zeigt aus dem Export hinaus (ein Pfad mit .. oder ein absoluter Pfad), daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; an import never follows links, so nothing was imported.</source>
        <translation>%1 ist eine symbolische Verknüpfung; ein Import folgt nie Verknüpfungen, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 does not match the size its archive declares (damaged or forged); nothing was imported.</source>
        <translation>%1 passt nicht zu der Größe, die sein Archiv angibt (beschädigt oder gefälscht); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; nothing was imported. Save it as UTF-8 and try again.</source>
        <translation>%1 ist kein UTF-8-Text; nichts wurde importiert. Speichern Sie die Datei als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2); nothing was imported.</source>
        <translation>%1 ist kein gültiges JSON (Zeile %2); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is not an export of the format you chose; nothing was imported. Check the format.</source>
        <translation>%1 ist kein Export im gewählten Format; nichts wurde importiert. Prüfen Sie das Format.</translation>
    </message>
    <message>
        <source>%1 holds an impossible date or time (%2); nothing was imported.</source>
        <translation>%1 enthält ein unmögliches Datum oder eine unmögliche Uhrzeit (%2); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 names an unknown time zone (%2); nothing was imported.</source>
        <translation>%1 nennt eine unbekannte Zeitzone (%2); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 holds two notes with the same id; nothing was imported.</source>
        <translation>%1 enthält zwei Notizen mit derselben ID; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The front matter of %1 uses YAML aliases, which an import refuses; nothing was imported.</source>
        <translation>Der Vorspann von %1 verwendet YAML-Aliase, die ein Import ablehnt; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The front matter of %1 is not a list of names and values; nothing was imported. Fix it and try again.</source>
        <translation>Der Vorspann von %1 ist keine Liste von Namen und Werten; nichts wurde importiert. Korrigieren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of MentorVault. Update MentorVault, then import it again.</source>
        <translation>%1 wurde von einer neueren Version von MentorVault geschrieben. Aktualisieren Sie MentorVault und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>A note in %1 does not fit its kind (%2); nothing was imported.</source>
        <translation>Eine Notiz in %1 passt nicht zu ihrer Art (%2); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The file %2 that %1 lists is missing; nothing was imported.</source>
        <translation>Die Datei %2, die %1 aufführt, fehlt; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The file %2 beside %1 is not the one it lists (changed or damaged); nothing was imported.</source>
        <translation>Die Datei %2 neben %1 ist nicht die aufgeführte (geändert oder beschädigt); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 holds no notes of the format you chose. Check the format and the file or folder.</source>
        <translation>%1 enthält keine Notizen im gewählten Format. Prüfen Sie das Format und die Datei oder den Ordner.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Choose %1&apos;s contact card</source>
        <translation>Kontaktkarte von %1 auswählen</translation>
    </message>
    <message>
        <source>A different card</source>
        <translation>Eine andere Karte</translation>
    </message>
    <message>
        <source>This card for %1 has different keys from the one you have. It could be an impostor, or %1 made a new vault. Nothing from the new keys is accepted until you compare the fingerprint words with %1 and verify them.</source>
        <translation>Diese Karte für %1 hat andere Schlüssel als die, die du hast. Es könnte jemand anderes dahinterstecken, oder %1 hat einen neuen Tresor angelegt. Von den neuen Schlüsseln wird nichts angenommen, bis du die Fingerabdruck-Wörter mit %1 vergleichst und bestätigst.</translation>
    </message>
    <message>
        <source>Card not added</source>
        <translation>Karte nicht hinzugefügt</translation>
    </message>
    <message>
        <source>No card yet</source>
        <translation>Noch keine Karte</translation>
    </message>
    <message>
        <source>Add %1&apos;s contact card first; then you can compare its fingerprint.</source>
        <translation>Füge zuerst die Kontaktkarte von %1 hinzu; dann kannst du ihren Fingerabdruck vergleichen.</translation>
    </message>
    <message>
        <source>Cannot verify</source>
        <translation>Bestätigen nicht möglich</translation>
    </message>
    <message>
        <source>No bundle made</source>
        <translation>Kein Paket erstellt</translation>
    </message>
    <message>
        <source>Bundle ready</source>
        <translation>Paket fertig</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1, with %n entry(s), for %2. Give them the file however you like: only they (and you) can open it.</source>
        <translation>
            <numerusform>%1 gespeichert, mit %n Eintrag, für %2. Gib die Datei weiter, wie du magst: Nur ihr beide könnt sie öffnen.</numerusform>
            <numerusform>%1 gespeichert, mit %n Einträgen, für %2. Gib die Datei weiter, wie du magst: Nur ihr beide könnt sie öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>Paket wird erstellt…</translation>
    </message>
    <message>
        <source>The folder you and %1 both reach</source>
        <translation>Der Ordner, den du und %1 beide erreicht</translation>
    </message>
    <message>
        <source>Exchange folder not set</source>
        <translation>Austauschordner nicht festgelegt</translation>
    </message>
    <message>
        <source>Exchange folder not changed</source>
        <translation>Austauschordner nicht geändert</translation>
    </message>
    <message>
        <source>Nothing sent</source>
        <translation>Nichts gesendet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message numerus="yes">
        <source>The bundle for %1, with %n entry(s), is in your exchange folder. It is imported when %1&apos;s MentorVault sees it.</source>
        <translation>
            <numerusform>Das Paket für %1 mit %n Eintrag liegt in deinem Austauschordner. Es wird importiert, sobald das MentorVault von %1 es sieht.</numerusform>
            <numerusform>Das Paket für %1 mit %n Einträgen liegt in deinem Austauschordner. Es wird importiert, sobald das MentorVault von %1 es sieht.</numerusform>
        </translation>
    </message>
    <message>
        <source>MentorVault bundle for %1</source>
        <translation>MentorVault-Paket für %1</translation>
    </message>
    <message>
        <source>No mail program</source>
        <translation>Kein E-Mail-Programm</translation>
    </message>
    <message>
        <source>MentorVault could not open your mail program. Attach %1 to an email yourself.</source>
        <translation>MentorVault konnte dein E-Mail-Programm nicht öffnen. Hänge %1 selbst an eine E-Mail an.</translation>
    </message>
    <message>
        <source>Save the meeting for your calendar</source>
        <translation>Das Treffen für deinen Kalender speichern</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Include the agenda?</source>
        <translation>Die Agenda mitnehmen?</translation>
    </message>
    <message>
        <source>Put the agenda&apos;s text in the calendar event too? Calendars are often kept on a server.</source>
        <translation>Den Text der Agenda auch in den Kalendertermin schreiben? Kalender liegen oft auf einem Server.</translation>
    </message>
    <message>
        <source>Include the agenda</source>
        <translation>Agenda mitnehmen</translation>
    </message>
    <message>
        <source>Only the date</source>
        <translation>Nur das Datum</translation>
    </message>
    <message>
        <source>Calendar file saved</source>
        <translation>Kalenderdatei gespeichert</translation>
    </message>
    <message>
        <source>Saved %1. Open it with your calendar to add the meeting.</source>
        <translation>%1 gespeichert. Öffne die Datei mit deinem Kalender, um das Treffen einzutragen.</translation>
    </message>
    <message>
        <source>No calendar file saved</source>
        <translation>Keine Kalenderdatei gespeichert</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Bereits importiert</translation>
    </message>
    <message>
        <source>You already imported this bundle from %1. Nothing changed.</source>
        <translation>Du hast dieses Paket von %1 schon importiert. Es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Paket nicht importiert</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paket importiert</translation>
    </message>
    <message>
        <source>Imported the bundle from %1. What they shared is in your Inbox.</source>
        <translation>Das Paket von %1 ist importiert. Was geteilt wurde, findest du im Posteingang.</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Paket wird geprüft…</translation>
    </message>
    <message>
        <source>Cannot show what was shared</source>
        <translation>Geteiltes kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Cannot prepare</source>
        <translation>Vorbereitung nicht möglich</translation>
    </message>
    <message>
        <source>Your relationship with %1 is closed and archived.</source>
        <translation>Deine Beziehung mit %1 ist abgeschlossen und archiviert.</translation>
    </message>
    <message>
        <source>The final bundle is saved; give it to them when you are ready.</source>
        <translation>Das letzte Paket ist gespeichert; gib es weiter, wenn du so weit bist.</translation>
    </message>
    <message>
        <source>Relationship ended</source>
        <translation>Beziehung beendet</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>Closing the relationship…</source>
        <translation>Die Beziehung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Cannot end the relationship</source>
        <translation>Beziehung kann nicht beendet werden</translation>
    </message>
</context>
<context>
    <name>ExportNotesDialog</name>
    <message>
        <source>Export notes</source>
        <translation>Notizen exportieren</translation>
    </message>
    <message>
        <source>Write entries out of the vault: to read or print (PDF), to keep in any notes app (Markdown), or for other programs (JSON).</source>
        <translation>Einträge aus dem Tresor schreiben: zum Lesen oder Drucken (PDF), für jede Notiz-App (Markdown) oder für andere Programme (JSON).</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF, laid out for reading and printing</source>
        <translation>PDF, zum Lesen und Drucken gesetzt</translation>
    </message>
    <message>
        <source>Markdown: a folder with one file per entry, attachments beside them</source>
        <translation>Markdown: ein Ordner mit einer Datei pro Eintrag, Anhänge daneben</translation>
    </message>
    <message>
        <source>JSON: one file, for other programs</source>
        <translation>JSON: eine Datei, für andere Programme</translation>
    </message>
    <message>
        <source>Which entries</source>
        <translation>Welche Einträge</translation>
    </message>
    <message numerus="yes">
        <source>All entries (%n)</source>
        <translation>
            <numerusform>Alle Einträge (%n)</numerusform>
            <numerusform>Alle Einträge (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The entries in the list now: %1 (%n)</source>
        <translation>
            <numerusform>Die Einträge der Liste jetzt: %1 (%n)</numerusform>
            <numerusform>Die Einträge der Liste jetzt: %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The open entry: %1</source>
        <translation>Der geöffnete Eintrag: %1</translation>
    </message>
    <message>
        <source>The open entry (none is open)</source>
        <translation>Der geöffnete Eintrag (keiner ist geöffnet)</translation>
    </message>
    <message numerus="yes">
        <source>%n protected entries stay out while they are hidden. To include them, choose Show protected entries… first.</source>
        <translation>
            <numerusform>%n geschützter Eintrag bleibt draußen, solange er verborgen ist. Um ihn einzuschließen, wähle zuerst „Geschützte Einträge zeigen…“.</numerusform>
            <numerusform>%n geschützte Einträge bleiben draußen, solange sie verborgen sind. Um sie einzuschließen, wähle zuerst „Geschützte Einträge zeigen…“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <source>Where the export goes</source>
        <translation>Wohin der Export geht</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose where the export goes</source>
        <translation>Wählen, wohin der Export geht</translation>
    </message>
    <message>
        <source>MentorVault notes</source>
        <translation>MentorVault-Notizen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export to a new folder</source>
        <translation>In einen neuen Ordner exportieren</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>In eine Datei exportieren</translation>
    </message>
    <message>
        <source>the place you choose</source>
        <translation>den Ort, den du wählst</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>a folder of plain text files</source>
        <translation>Ordner mit einfachen Textdateien</translation>
    </message>
    <message>
        <source>a plain text file</source>
        <translation>einfache Textdatei</translation>
    </message>
    <message>
        <source>Not encrypted: the export is written as %1 to %2. Anyone who can open that place can read it. Keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation>Nicht verschlüsselt: Der Export wird als %1 nach %2 geschrieben. Wer diesen Ort öffnen kann, kann ihn lesen. Bewahre ihn sicher auf und lösche ihn, wenn du ihn nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>There are no entries to export yet.</source>
        <translation>Es gibt noch keine Einträge zum Exportieren.</translation>
    </message>
    <message>
        <source>Choose where the export goes.</source>
        <translation>Wähle, wohin der Export geht.</translation>
    </message>
</context>
<context>
    <name>ExportPreviewDialog</name>
    <message>
        <source>Bundle for %1</source>
        <translation>Paket für %1</translation>
    </message>
    <message>
        <source>This is everything that will leave in one file, signed by you and encrypted so only %1 (and you) can open it. Read it through before you confirm.</source>
        <translation>Das ist alles, was in einer Datei hinausgeht, von dir signiert und so verschlüsselt, dass nur %1 (und du) sie öffnen kann. Lies es durch, bevor du bestätigst.</translation>
    </message>
    <message numerus="yes">
        <source>Entries that will be shared (%n)</source>
        <translation>
            <numerusform>Einträge, die geteilt werden (%n)</numerusform>
            <numerusform>Einträge, die geteilt werden (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries: you have not shared anything current with %1.</source>
        <translation>Keine Einträge: Du hast nichts Aktuelles mit %1 geteilt.</translation>
    </message>
    <message>
        <source>Entries to share</source>
        <translation>Einträge zum Teilen</translation>
    </message>
    <message>
        <source>“%1” belongs to your relationship with %2. Send it to %3 anyway</source>
        <translation>„%1“ gehört zu deiner Beziehung mit %2. Trotzdem an %3 senden</translation>
    </message>
    <message>
        <source>Some entries belong to another relationship. Tick each one you really mean to send. To leave one out, cancel and stop sharing it.</source>
        <translation>Einige Einträge gehören zu einer anderen Beziehung. Hake jeden an, den du wirklich senden willst. Um einen wegzulassen, brich ab und beende seine Freigabe.</translation>
    </message>
    <message>
        <source>These entries mention a topic your boundary agreement marks off limits: %1.</source>
        <translation>Diese Einträge erwähnen ein Thema, das eure Vereinbarung ausschließt: %1.</translation>
    </message>
    <message>
        <source>Left out: changed since you shared them (%1)</source>
        <translation>Weggelassen: seit der Freigabe geändert (%1)</translation>
    </message>
    <message>
        <source>You edited these after consenting. Open each one and choose Share… again to send the new version.</source>
        <translation>Du hast diese nach deiner Einwilligung bearbeitet. Öffne jeden und wähle erneut Teilen…, um die neue Fassung zu senden.</translation>
    </message>
    <message>
        <source>Entries left out</source>
        <translation>Weggelassene Einträge</translation>
    </message>
    <message numerus="yes">
        <source>For %1 only: %n request(s) to delete entries you stopped sharing.</source>
        <translation>
            <numerusform>Nur für %1: %n Bitte, einen Eintrag zu löschen, den du nicht mehr teilst.</numerusform>
            <numerusform>Nur für %1: %n Bitten, Einträge zu löschen, die du nicht mehr teilst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to delete entries you stopped sharing. Their app will be asked to delete its copy; a copy they already read cannot be taken back.</source>
        <translation>
            <numerusform>%n Bitte, einen Eintrag zu löschen, den du nicht mehr teilst. Die App auf der anderen Seite wird gebeten, ihre Kopie zu löschen; eine schon gelesene Kopie lässt sich nicht zurückholen.</numerusform>
            <numerusform>%n Bitten, Einträge zu löschen, die du nicht mehr teilst. Die App auf der anderen Seite wird gebeten, ihre Kopien zu löschen; eine schon gelesene Kopie lässt sich nicht zurückholen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmation(s) that you removed entries they stopped sharing.</source>
        <translation>
            <numerusform>%n Bestätigung, dass du einen Eintrag entfernt hast, den sie nicht mehr teilen.</numerusform>
            <numerusform>%n Bestätigungen, dass du Einträge entfernt hast, die sie nicht mehr teilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your acceptance of %n agreement(s).</source>
        <translation>
            <numerusform>Deine Zustimmung zu %n Vereinbarung.</numerusform>
            <numerusform>Deine Zustimmung zu %n Vereinbarungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also in the bundle</source>
        <translation>Außerdem im Paket</translation>
    </message>
    <message>
        <source>Notices in the bundle</source>
        <translation>Hinweise im Paket</translation>
    </message>
    <message>
        <source>Asked to delete: %1</source>
        <translation>Zum Löschen gebeten: %1</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation>Wähle, wo das Paket gespeichert wird</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Confirm with your passphrase:</source>
        <translation>Mit deiner Passphrase bestätigen:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Your vault passphrase confirms the export</source>
        <translation>Deine Tresor-Passphrase bestätigt den Export</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>An %1 senden</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Paket speichern</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>MentorVault bundles (*.mvbundle);;All files (*)</source>
        <translation>MentorVault-Pakete (*.mvbundle);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>MentorVault contact cards (*.mvcard *.txt);;All files (*)</source>
        <translation>MentorVault-Kontaktkarten (*.mvcard *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintView</name>
    <message>
        <source>Fingerprint words</source>
        <translation>Fingerabdruck-Wörter</translation>
    </message>
    <message>
        <source>Or the digits</source>
        <translation>Oder die Ziffern</translation>
    </message>
    <message>
        <source>Fingerprint QR code</source>
        <translation>QR-Code des Fingerabdrucks</translation>
    </message>
    <message>
        <source>Your partner can scan it instead of reading the words</source>
        <translation>Dein Partner kann ihn scannen, statt die Wörter vorzulesen</translation>
    </message>
    <message>
        <source>Fingerprint digits: %1</source>
        <translation>Fingerabdruck-Ziffern: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerabdruck: %1</translation>
    </message>
</context>
<context>
    <name>FocusBar</name>
    <message>
        <source>Word count</source>
        <translation>Wortzahl</translation>
    </message>
    <message numerus="yes">
        <source>Write for %n minutes</source>
        <translation>
            <numerusform>%n Minute schreiben</numerusform>
            <numerusform>%n Minuten schreiben</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing time</source>
        <translation>Schreibzeit</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Start or stop the writing timer</source>
        <translation>Den Schreib-Timer starten oder anhalten</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Leave focus (Esc)</source>
        <translation>Fokus verlassen (Esc)</translation>
    </message>
    <message>
        <source>Leave focus mode</source>
        <translation>Fokusmodus verlassen</translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer anhalten</translation>
    </message>
    <message>
        <source>Time&apos;s up. Well written; keep going if you like.</source>
        <translation>Die Zeit ist um. Gut geschrieben – schreib gern weiter.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Protected goal</source>
        <translation>Geschütztes Ziel</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the goal %1</source>
        <translation>Ziel %1 öffnen</translation>
    </message>
    <message>
        <source>Aiming for %1</source>
        <translation>Zieldatum: %1</translation>
    </message>
    <message>
        <source>%p% done</source>
        <translation>%p % erledigt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Its steps are hidden until you enter your passphrase.</source>
        <translation>Seine Schritte bleiben verborgen, bis du deine Passphrase eingibst.</translation>
    </message>
    <message>
        <source>No small steps yet. Open the goal to add a few.</source>
        <translation>Noch keine kleinen Schritte. Öffne das Ziel, um ein paar hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Tick a step when you finish it.</source>
        <translation>Hake einen Schritt ab, wenn du ihn geschafft hast.</translation>
    </message>
    <message>
        <source>Goals and their steps</source>
        <translation>Ziele und ihre Schritte</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>Every small step you finished, newest first.</source>
        <translation>Jeder kleine Schritt, den du geschafft hast, neueste zuerst.</translation>
    </message>
    <message>
        <source>Finished steps of your goals, newest first</source>
        <translation>Erledigte Schritte deiner Ziele, neueste zuerst</translation>
    </message>
    <message>
        <source>No goals yet. A goal with a few small steps is a good start: press New goal.</source>
        <translation>Noch keine Ziele. Ein Ziel mit ein paar kleinen Schritten ist ein guter Anfang: Drücke auf Neues Ziel.</translation>
    </message>
    <message numerus="yes">
        <source>%n steps done so far.</source>
        <translation>
            <numerusform>Bisher %n Schritt erledigt.</numerusform>
            <numerusform>Bisher %n Schritte erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>One step done so far.</source>
        <translation>Bisher ein Schritt erledigt.</translation>
    </message>
    <message>
        <source>Done. That&apos;s a win.</source>
        <translation>Erledigt. Das ist ein Erfolg.</translation>
    </message>
    <message>
        <source>Step dropped.</source>
        <translation>Schritt verworfen.</translation>
    </message>
    <message>
        <source>Step reopened.</source>
        <translation>Schritt wieder geöffnet.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Everything you write stays on this computer, in one encrypted vault that only your passphrase (or your recovery key) opens. MentorVault has no account, no server and sends nothing over the network.

Nothing is shared by default: you tick, entry by entry, which partner may see exactly which version. It leaves only inside an encrypted bundle that you save and hand over yourself, and only to partners whose card you verified.

Words you add to the spelling dictionary are kept inside the vault too. The vault locks after a few minutes without activity, unless you turn that off in Settings.</source>
        <translation>Alles, was du schreibst, bleibt auf diesem Computer, in einem einzigen verschlüsselten Tresor, den nur deine Passphrase (oder dein Wiederherstellungsschlüssel) öffnet. MentorVault hat kein Konto und keinen Server und sendet nichts über das Netzwerk.

Nichts wird von selbst geteilt: Du hakst Eintrag für Eintrag an, welcher Partner genau welche Fassung sehen darf. Ein Eintrag geht nur in einem verschlüsselten Paket hinaus, das du selbst speicherst und übergibst, und nur an Partner, deren Karte du bestätigt hast.

Wörter, die du zum Wörterbuch der Rechtschreibprüfung hinzufügst, bleiben ebenfalls im Tresor. Der Tresor sperrt sich nach ein paar Minuten ohne Aktivität, außer du schaltest das in den Einstellungen aus.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Datenschutz</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>D&amp;okumentation</translation>
    </message>
    <message>
        <source>&amp;About MentorVault</source>
        <translation>&amp;Über MentorVault</translation>
    </message>
</context>
<context>
    <name>HiddenEntryPage</name>
    <message>
        <source>This entry is protected</source>
        <translation>Dieser Eintrag ist geschützt</translation>
    </message>
    <message>
        <source>Its title and contents stay hidden until you enter your passphrase. They are then shown for a few minutes.</source>
        <translation>Titel und Inhalt bleiben verborgen, bis du deine Passphrase eingibst. Dann werden sie für ein paar Minuten gezeigt.</translation>
    </message>
    <message>
        <source>Show protected entries…</source>
        <translation>Geschützte Einträge zeigen…</translation>
    </message>
    <message>
        <source>Show protected entries</source>
        <translation>Geschützte Einträge zeigen</translation>
    </message>
    <message>
        <source>Asks for your passphrase, then shows protected entries for a few minutes</source>
        <translation>Fragt nach deiner Passphrase und zeigt dann geschützte Einträge für ein paar Minuten</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Frühere Fassungen</translation>
    </message>
    <message>
        <source>Every save is kept. Pick a version to see it; restoring it makes a new version, so nothing is lost.</source>
        <translation>Jedes Speichern bleibt erhalten. Wähle eine Fassung, um sie anzusehen; wiederherstellen legt eine neue Fassung an, es geht also nichts verloren.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <source>Preview of the chosen version</source>
        <translation>Vorschau der gewählten Fassung</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>Diese Fassung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Diese Fassung wiederherstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>HitDelegate</name>
    <message>
        <source>Protected entry</source>
        <translation>Geschützter Eintrag</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image: %1</source>
        <translation>Bild: %1</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message numerus="yes">
        <source>Imported %n entry(s).</source>
        <translation>
            <numerusform>%n Eintrag importiert.</numerusform>
            <numerusform>%n Einträge importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) imported before were skipped.</source>
        <translation>
            <numerusform>%n schon importierte Notiz wurde übersprungen.</numerusform>
            <numerusform>%n schon importierte Notizen wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes imported</source>
        <translation>Notizen importiert</translation>
    </message>
</context>
<context>
    <name>ImportNotesDialog</name>
    <message>
        <source>Import notes</source>
        <translation>Notizen importieren</translation>
    </message>
    <message>
        <source>Bring in notes from another journal. Nothing is stored until you choose Import, and importing the same notes again adds nothing.</source>
        <translation>Holen Sie Notizen aus einem anderen Tagebuch herein. Nichts wird gespeichert, bevor Sie Importieren wählen, und dieselben Notizen erneut zu importieren fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>Day One (JSON export: the .zip or its folder)</source>
        <translation>Day One (JSON-Export: die .zip oder ihr Ordner)</translation>
    </message>
    <message>
        <source>jrnl (the file jrnl --export json writes)</source>
        <translation>jrnl (die Datei, die jrnl --export json schreibt)</translation>
    </message>
    <message>
        <source>Markdown folder (Obsidian, Logseq or plain notes)</source>
        <translation>Markdown-Ordner (Obsidian, Logseq oder einfache Notizen)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation>Export wählen</translation>
    </message>
    <message>
        <source>Export file or folder</source>
        <translation>Exportdatei oder -ordner</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Export:</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importieren &amp;als:</translation>
    </message>
    <message>
        <source>No partner</source>
        <translation>Kein Partner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Optional, for example imported</source>
        <translation>Optional, zum Beispiel importiert</translation>
    </message>
    <message>
        <source>Tag every imported entry</source>
        <translation>Jeden importierten Eintrag verschlagworten</translation>
    </message>
    <message>
        <source>Add &amp;tag:</source>
        <translation>&amp;Schlagwort hinzufügen:</translation>
    </message>
    <message>
        <source>What will arrive</source>
        <translation>Was ankommt</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import these notes into your vault</source>
        <translation>Diese Notizen in Ihren Tresor importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exports (%1);;All files (*)</source>
        <translation>Exporte (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>Exportdatei wählen</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Exportordner wählen</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Export wird gelesen…</translation>
    </message>
    <message>
        <source>Choose an export to see what it holds.</source>
        <translation>Wählen Sie einen Export, um zu sehen, was er enthält.</translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s) will arrive.</source>
        <translation>
            <numerusform>%n neue Notiz kommt an.</numerusform>
            <numerusform>%n neue Notizen kommen an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written from %1 to %2.</source>
        <translation>Geschrieben vom %1 bis %2.</translation>
    </message>
    <message numerus="yes">
        <source>With %n attached file(s).</source>
        <translation>
            <numerusform>Mit %n angehängter Datei.</numerusform>
            <numerusform>Mit %n angehängten Dateien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) were imported before and will be skipped.</source>
        <translation>
            <numerusform>%n Notiz wurde schon importiert und wird übersprungen.</numerusform>
            <numerusform>%n Notizen wurden schon importiert und werden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Zuerst: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>und %n weitere.</numerusform>
            <numerusform>und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n note(s)…</source>
        <translation>
            <numerusform>%n Notiz wird importiert…</numerusform>
            <numerusform>%n Notizen werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Bundle from %1</source>
        <translation>Paket von %1</translation>
    </message>
    <message>
        <source>This bundle is signed by %1, whose card you verified, and was made on %2. Nothing is stored until you choose Import.</source>
        <translation>Dieses Paket ist von %1 signiert, deren Karte du bestätigt hast, und wurde am %2 erstellt. Es wird nichts gespeichert, bevor du Importieren wählst.</translation>
    </message>
    <message>
        <source>An entry</source>
        <translation>Ein Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>New (%n)</source>
        <translation>
            <numerusform>Neu (%n)</numerusform>
            <numerusform>Neu (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>New entries</source>
        <translation>Neue Einträge</translation>
    </message>
    <message numerus="yes">
        <source>Updated (%n)</source>
        <translation>
            <numerusform>Geändert (%n)</numerusform>
            <numerusform>Geändert (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated entries</source>
        <translation>Geänderte Einträge</translation>
    </message>
    <message numerus="yes">
        <source>Removed at their request (%n)</source>
        <translation>
            <numerusform>Auf ihren Wunsch entfernt (%n)</numerusform>
            <numerusform>Auf ihren Wunsch entfernt (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped sharing %n entry(s); importing removes your copy and tells them so.</source>
        <translation>
            <numerusform>%1 teilt %n Eintrag nicht mehr; beim Importieren wird deine Kopie entfernt und %1 davon benachrichtigt.</numerusform>
            <numerusform>%1 teilt %n Einträge nicht mehr; beim Importieren werden deine Kopien entfernt und %1 davon benachrichtigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipts (%n)</source>
        <translation>
            <numerusform>Empfangsbestätigungen (%n)</numerusform>
            <numerusform>Empfangsbestätigungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 confirms removing %n entry(s) you stopped sharing.</source>
        <translation>
            <numerusform>%1 bestätigt, %n Eintrag entfernt zu haben, den du nicht mehr teilst.</numerusform>
            <numerusform>%1 bestätigt, %n Einträge entfernt zu haben, die du nicht mehr teilst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements accepted (%1)</source>
        <translation>Angenommene Vereinbarungen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted %n of your boundary agreement(s).</source>
        <translation>
            <numerusform>%1 hat %n deiner Vereinbarungen angenommen.</numerusform>
            <numerusform>%1 hat %n deiner Vereinbarungen angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) you already have, unchanged.</source>
        <translation>
            <numerusform>%n Eintrag, den du schon hast, unverändert.</numerusform>
            <numerusform>%n Einträge, die du schon hast, unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new in this bundle.</source>
        <translation>Nichts Neues in diesem Paket.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import this bundle into your inbox</source>
        <translation>Dieses Paket in deinen Posteingang importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Einträge anzeigen von</translation>
    </message>
    <message>
        <source>All partners, or one partner</source>
        <translation>Alle Partner oder ein Partner</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Paket importieren…</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>Check a bundle from a partner and import it</source>
        <translation>Ein Paket von einem Partner prüfen und importieren</translation>
    </message>
    <message>
        <source>What your partners chose to share with you. It is read-only: it stays as they wrote it, and goes away if they stop sharing it. Your notes on it are private.</source>
        <translation>Was deine Partner mit dir teilen wollten. Es ist schreibgeschützt: Es bleibt, wie sie es geschrieben haben, und verschwindet, wenn sie die Freigabe beenden. Deine Notizen dazu sind privat.</translation>
    </message>
    <message>
        <source>Shared entries</source>
        <translation>Geteilte Einträge</translation>
    </message>
    <message>
        <source>Choose one to read it</source>
        <translation>Wähle einen, um ihn zu lesen</translation>
    </message>
    <message>
        <source>Shared entry</source>
        <translation>Geteilter Eintrag</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Accept this agreement</source>
        <translation>Dieser Vereinbarung zustimmen</translation>
    </message>
    <message>
        <source>Your acceptance travels in your next bundle, so the agreement shows as agreed by both</source>
        <translation>Deine Zustimmung reist mit deinem nächsten Paket mit, dann gilt die Vereinbarung als von beiden angenommen</translation>
    </message>
    <message>
        <source>My private note</source>
        <translation>Meine private Notiz</translation>
    </message>
    <message>
        <source>Only you see this. It is never shared.</source>
        <translation>Nur du siehst das. Es wird nie geteilt.</translation>
    </message>
    <message>
        <source>Only you see this note; it is saved as you pause</source>
        <translation>Nur du siehst diese Notiz; sie wird gespeichert, sobald du innehältst</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Nothing from this partner yet.</source>
        <translation>Von diesem Partner noch nichts.</translation>
    </message>
    <message>
        <source>Nothing has been shared with you yet. When a partner sends you a bundle, choose Import bundle… to read it here.</source>
        <translation>Noch hat niemand etwas mit dir geteilt. Wenn dir ein Partner ein Paket schickt, wähle Paket importieren…, um es hier zu lesen.</translation>
    </message>
    <message>
        <source>%1 shared this %2 with you. Last changed %3; received %4.</source>
        <translation>%1 hat diesen Eintrag (%2) mit dir geteilt. Zuletzt geändert %3; empfangen %4.</translation>
    </message>
    <message>
        <source>You accepted this agreement. Your acceptance goes to %1 in your next bundle.</source>
        <translation>Du hast dieser Vereinbarung zugestimmt. Deine Zustimmung geht mit deinem nächsten Paket an %1.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Notiz gespeichert</translation>
    </message>
    <message>
        <source>Note not saved: %1</source>
        <translation>Notiz nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>InsightWords</name>
    <message numerus="yes">
        <source>Only %n session notes with a mood so far: no trend yet.</source>
        <translation>
            <numerusform>Erst %n Sitzungsnotiz mit Stimmung: noch kein Trend.</numerusform>
            <numerusform>Erst %n Sitzungsnotizen mit Stimmung: noch kein Trend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n session notes with an energy level so far: no trend yet.</source>
        <translation>
            <numerusform>Erst %n Sitzungsnotiz mit Energie: noch kein Trend.</numerusform>
            <numerusform>Erst %n Sitzungsnotizen mit Energie: noch kein Trend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mood after sessions with %1 stayed around %2 since %3.</source>
        <translation>Deine Stimmung nach Sitzungen mit %1 lag seit %3 stets um %2.</translation>
    </message>
    <message>
        <source>Your energy after sessions with %1 stayed around %2 since %3.</source>
        <translation>Deine Energie nach Sitzungen mit %1 lag seit %3 stets um %2.</translation>
    </message>
    <message>
        <source>Your mood after sessions stayed around %2 since %3.</source>
        <translation>Deine Stimmung nach Sitzungen lag seit %3 stets um %2.</translation>
    </message>
    <message>
        <source>Your energy after sessions stayed around %2 since %3.</source>
        <translation>Deine Energie nach Sitzungen lag seit %3 stets um %2.</translation>
    </message>
    <message>
        <source>Your mood after sessions with %1 rose from %2 to %3 since %4.</source>
        <translation>Deine Stimmung nach Sitzungen mit %1 ist seit %4 von %2 auf %3 gestiegen.</translation>
    </message>
    <message>
        <source>Your mood after sessions with %1 fell from %2 to %3 since %4.</source>
        <translation>Deine Stimmung nach Sitzungen mit %1 ist seit %4 von %2 auf %3 gesunken.</translation>
    </message>
    <message>
        <source>Your energy after sessions with %1 rose from %2 to %3 since %4.</source>
        <translation>Deine Energie nach Sitzungen mit %1 ist seit %4 von %2 auf %3 gestiegen.</translation>
    </message>
    <message>
        <source>Your energy after sessions with %1 fell from %2 to %3 since %4.</source>
        <translation>Deine Energie nach Sitzungen mit %1 ist seit %4 von %2 auf %3 gesunken.</translation>
    </message>
    <message>
        <source>Your mood after sessions rose from %2 to %3 since %4.</source>
        <translation>Deine Stimmung nach Sitzungen ist seit %4 von %2 auf %3 gestiegen.</translation>
    </message>
    <message>
        <source>Your mood after sessions fell from %2 to %3 since %4.</source>
        <translation>Deine Stimmung nach Sitzungen ist seit %4 von %2 auf %3 gesunken.</translation>
    </message>
    <message>
        <source>Your energy after sessions rose from %2 to %3 since %4.</source>
        <translation>Deine Energie nach Sitzungen ist seit %4 von %2 auf %3 gestiegen.</translation>
    </message>
    <message>
        <source>Your energy after sessions fell from %2 to %3 since %4.</source>
        <translation>Deine Energie nach Sitzungen ist seit %4 von %2 auf %3 gesunken.</translation>
    </message>
    <message>
        <source>Nothing to show for this period yet. Session notes with a mood and energy, goals with small steps and the feedback you receive show up here as patterns over the months.</source>
        <translation>Für diesen Zeitraum gibt es noch nichts zu zeigen. Sitzungsnotizen mit Stimmung und Energie, Ziele mit kleinen Schritten und das Feedback, das du bekommst, zeigen sich hier über die Monate als Muster.</translation>
    </message>
    <message numerus="yes">
        <source>You met %1 %n times in this period.</source>
        <translation>
            <numerusform>Du hast dich in diesem Zeitraum %n Mal mit %1 getroffen.</numerusform>
            <numerusform>Du hast dich in diesem Zeitraum %n Mal mit %1 getroffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>None came later than that.</source>
        <translation>Keines kam später.</translation>
    </message>
    <message numerus="yes">
        <source>You agreed to meet every %n days.</source>
        <translation>
            <numerusform>Ihr habt vereinbart, euch jeden Tag zu treffen.</numerusform>
            <numerusform>Ihr habt vereinbart, euch alle %n Tage zu treffen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings came later than that.</source>
        <translation>
            <numerusform>%n Treffen kam später.</numerusform>
            <numerusform>%n Treffen kamen später.</numerusform>
        </translation>
    </message>
    <message>
        <source>A protected goal stayed at %1%.</source>
        <translation>Ein geschütztes Ziel blieb bei %1 %.</translation>
    </message>
    <message>
        <source>A protected goal went from %1% to %2%.</source>
        <translation>Ein geschütztes Ziel ging von %1 % auf %2 %.</translation>
    </message>
    <message>
        <source>“%1” stayed at %2%.</source>
        <translation>„%1“ blieb bei %2 %.</translation>
    </message>
    <message>
        <source>“%1” went from %2% to %3%.</source>
        <translation>„%1“ ging von %2 % auf %3 %.</translation>
    </message>
    <message numerus="yes">
        <source>%n other goals in this period.</source>
        <translation>
            <numerusform>%n weiteres Ziel in diesem Zeitraum.</numerusform>
            <numerusform>%n weitere Ziele in diesem Zeitraum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You also met %n other partners.</source>
        <translation>
            <numerusform>Du hast dich außerdem mit %n weiteren Partner getroffen.</numerusform>
            <numerusform>Du hast dich außerdem mit %n weiteren Partnern getroffen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You received feedback %n times.</source>
        <translation>
            <numerusform>Du hast %n Mal Feedback bekommen.</numerusform>
            <numerusform>Du hast %n Mal Feedback bekommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n action items are done.</source>
        <translation>
            <numerusform>%1 von %n Vorhaben ist erledigt.</numerusform>
            <numerusform>%1 von %n Vorhaben sind erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 came up more often in the second half of the period (%2 → %3 entries).</source>
        <translation>#%1 kam in der zweiten Hälfte des Zeitraums öfter vor (%2 → %3 Einträge).</translation>
    </message>
    <message>
        <source>#%1 came up less often in the second half of the period (%2 → %3 entries).</source>
        <translation>#%1 kam in der zweiten Hälfte des Zeitraums seltener vor (%2 → %3 Einträge).</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>Whose entries</source>
        <translation>Wessen Einträge</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamte Zeit</translation>
    </message>
    <message>
        <source>Between days…</source>
        <translation>Zwischen zwei Tagen…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Mood and energy after sessions</source>
        <translation>Stimmung und Energie nach Sitzungen</translation>
    </message>
    <message>
        <source>Goals: progress over time</source>
        <translation>Ziele: Fortschritt über die Zeit</translation>
    </message>
    <message>
        <source>Meetings: days since the one before</source>
        <translation>Treffen: Tage seit dem vorigen</translation>
    </message>
    <message>
        <source>Feedback received per month</source>
        <translation>Erhaltenes Feedback pro Monat</translation>
    </message>
    <message>
        <source>Tags that rose or fell</source>
        <translation>Schlagwörter, die zu- oder abnahmen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <source>No session notes with a mood or energy in this period.</source>
        <translation>Keine Sitzungsnotizen mit Stimmung oder Energie in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>From 1 (low) to 5 (high). Click a point to open its session note.</source>
        <translation>Von 1 (niedrig) bis 5 (hoch). Klicke auf einen Punkt, um seine Sitzungsnotiz zu öffnen.</translation>
    </message>
    <message>
        <source>No goal moved in this period.</source>
        <translation>Kein Ziel hat sich in diesem Zeitraum bewegt.</translation>
    </message>
    <message>
        <source>Protected goal</source>
        <translation>Geschütztes Ziel</translation>
    </message>
    <message>
        <source>Large dots: the day a small step was done. Click a point to open the goal.</source>
        <translation>Große Punkte: der Tag, an dem ein kleiner Schritt erledigt wurde. Klicke auf einen Punkt, um das Ziel zu öffnen.</translation>
    </message>
    <message>
        <source>No session notes with a partner in this period.</source>
        <translation>Keine Sitzungsnotizen mit einem Partner in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days (%1)</source>
        <translation>
            <numerusform>Jeden Tag (%1)</numerusform>
            <numerusform>Alle %n Tage (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Red dots: a meeting that came later than agreed. Click one to open it.</source>
        <translation>Rote Punkte: ein Treffen, das später als vereinbart kam. Klicke darauf, um es zu öffnen.</translation>
    </message>
    <message>
        <source>No feedback received in this period.</source>
        <translation>Kein Feedback in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Situation, behaviour, impact</source>
        <translation>Situation, Verhalten, Wirkung</translation>
    </message>
    <message>
        <source>Start, stop, continue</source>
        <translation>Anfangen, aufhören, weitermachen</translation>
    </message>
    <message>
        <source>Action items done</source>
        <translation>Erledigte Vorhaben</translation>
    </message>
    <message>
        <source>No tag came up more or less often in this period.</source>
        <translation>Kein Schlagwort kam in diesem Zeitraum öfter oder seltener vor.</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>Erste Hälfte</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>Zweite Hälfte</translation>
    </message>
</context>
<context>
    <name>IntField</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ItemsField</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation>Hinzufügen zu: %1</translation>
    </message>
</context>
<context>
    <name>KindForm</name>
    <message>
        <source>It sounds like… Is that right?</source>
        <translation>Es klingt, als ob… Stimmt das?</translation>
    </message>
    <message>
        <source>What I heard is…</source>
        <translation>Was ich gehört habe, ist…</translation>
    </message>
    <message>
        <source>Suggest a prompt</source>
        <translation>Frage vorschlagen</translation>
    </message>
    <message>
        <source>Suggest a reflection prompt</source>
        <translation>Eine Reflexionsfrage vorschlagen</translation>
    </message>
    <message>
        <source>Adds a question to reflect on to this field</source>
        <translation>Fügt diesem Feld eine Frage zum Nachdenken hinzu</translation>
    </message>
    <message>
        <source>%p% done</source>
        <translation>%p % erledigt</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation>Fortschritt des Ziels</translation>
    </message>
    <message>
        <source>Progress so far</source>
        <translation>Bisheriger Fortschritt</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <source>One per line</source>
        <translation>Eins pro Zeile</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Ein Punkt pro Zeile</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MentorVault — Locked</source>
        <translation>MentorVault — Gesperrt</translation>
    </message>
    <message>
        <source>MentorVault — Demo</source>
        <translation>MentorVault — Demo</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Tresorordner öffnen</translation>
    </message>
    <message>
        <source>No vault there</source>
        <translation>Dort ist kein Tresor</translation>
    </message>
    <message>
        <source>There is no MentorVault vault in %1. Pick the folder that holds vault.db and keyslots.json, or create a new vault.</source>
        <translation>In %1 liegt kein MentorVault-Tresor. Wähle den Ordner mit vault.db und keyslots.json, oder lege einen neuen Tresor an.</translation>
    </message>
    <message>
        <source>Setting up the demo vault…</source>
        <translation>Der Demo-Tresor wird eingerichtet…</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <source>My contact card</source>
        <translation>Meine Kontaktkarte</translation>
    </message>
    <message>
        <source>Your contact card lets a partner send you bundles and check the ones you send. It holds your name and two public keys, nothing else. Give the file to your partner, then read the words below to each other, in person or on a call.</source>
        <translation>Mit deiner Kontaktkarte kann dir ein Partner Pakete schicken und die prüfen, die du schickst. Sie enthält deinen Namen und zwei öffentliche Schlüssel, sonst nichts. Gib die Datei deinem Partner und lest euch dann die Wörter unten gegenseitig vor, persönlich oder am Telefon.</translation>
    </message>
    <message>
        <source>&amp;Name on the card:</source>
        <translation>&amp;Name auf der Karte:</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Name auf der Karte</translation>
    </message>
    <message>
        <source>How your partners will see you</source>
        <translation>So sehen dich deine Partner</translation>
    </message>
    <message>
        <source>Save card…</source>
        <translation>Karte speichern…</translation>
    </message>
    <message>
        <source>Save my contact card to a file</source>
        <translation>Meine Kontaktkarte in einer Datei speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save my contact card</source>
        <translation>Meine Kontaktkarte speichern</translation>
    </message>
    <message>
        <source>Saved to %1. Give this file to your partner.</source>
        <translation>Gespeichert unter %1. Gib diese Datei deinem Partner.</translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation>Karte nicht gespeichert</translation>
    </message>
    <message>
        <source>Name not saved</source>
        <translation>Name nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>NotesOutActions</name>
    <message>
        <source>This PDF is not encrypted. It will be saved to %1, where anyone who can open that place can read it.</source>
        <translation>Dieses PDF ist nicht verschlüsselt. Es wird unter %1 gespeichert, wo es jeder lesen kann, der diesen Ort öffnen kann.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>The PDF could not be written there (%1). Nothing was saved.</source>
        <translation>Das PDF konnte dort nicht geschrieben werden (%1). Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Notizen exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entry(s) to %1. It is not encrypted.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 geschrieben. Er ist nicht verschlüsselt.</numerusform>
            <numerusform>%n Einträge nach %1 geschrieben. Sie sind nicht verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be written. Nothing was saved.</source>
        <translation>Das PDF konnte nicht geschrieben werden. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Open an entry first, then print it.</source>
        <translation>Öffne zuerst einen Eintrag, dann drucke ihn.</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <source>Session pack %1</source>
        <translation>Sitzungsmappe %1</translation>
    </message>
    <message>
        <source>Session pack for %1</source>
        <translation>Sitzungsmappe für %1</translation>
    </message>
    <message>
        <source>Cannot make the session pack</source>
        <translation>Die Sitzungsmappe kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Summary %1</source>
        <translation>Zusammenfassung %1</translation>
    </message>
    <message>
        <source>End-of-cycle summary for %1</source>
        <translation>Abschlusszusammenfassung für %1</translation>
    </message>
    <message>
        <source>Cannot make the summary</source>
        <translation>Die Zusammenfassung kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, - lists, # headings</source>
        <translation>**fett**, *kursiv*, - Liste, # Titel</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Write or preview the notes</source>
        <translation>Notizen schreiben oder in der Vorschau ansehen</translation>
    </message>
    <message>
        <source>Write freely. Markdown formatting is optional.</source>
        <translation>Schreib frei drauflos. Markdown-Formatierung ist freiwillig.</translation>
    </message>
    <message>
        <source>The body of the entry, in Markdown</source>
        <translation>Der Text des Eintrags, in Markdown</translation>
    </message>
    <message>
        <source>Notes preview</source>
        <translation>Vorschau der Notizen</translation>
    </message>
</context>
<context>
    <name>OverviewBar</name>
    <message>
        <source>Start the agenda</source>
        <translation>Agenda beginnen</translation>
    </message>
    <message>
        <source>Write an agenda for that meeting</source>
        <translation>Eine Agenda für dieses Treffen schreiben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the agreement to review</source>
        <translation>Die zu prüfende Vereinbarung öffnen</translation>
    </message>
    <message>
        <source>The agreement &quot;%1&quot; is past its review date (%2). Look at it together?</source>
        <translation>Die Vereinbarung „%1“ hat ihr Prüfdatum überschritten (%2). Wollt ihr sie gemeinsam ansehen?</translation>
    </message>
    <message>
        <source>(protected)</source>
        <translation>(geschützt)</translation>
    </message>
    <message numerus="yes">
        <source>%n agreements are past their review date. Look at them together?</source>
        <translation>
            <numerusform>%n Vereinbarung hat ihr Prüfdatum überschritten. Wollt ihr sie gemeinsam ansehen?</numerusform>
            <numerusform>%n Vereinbarungen haben ihr Prüfdatum überschritten. Wollt ihr sie gemeinsam ansehen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerBanner</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Partner bearbeiten</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More for this partner</source>
        <translation>Mehr zu diesem Partner</translation>
    </message>
    <message>
        <source>Their card, your card, and ending the relationship</source>
        <translation>Kontaktkarten und das Beenden der Beziehung</translation>
    </message>
    <message>
        <source>Add their card…</source>
        <translation>Karte hinzufügen…</translation>
    </message>
    <message>
        <source>Verify their card…</source>
        <translation>Karte bestätigen…</translation>
    </message>
    <message>
        <source>My contact card…</source>
        <translation>Meine Kontaktkarte…</translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation>Per E-Mail senden…</translation>
    </message>
    <message>
        <source>Make the bundle, then open your mail program with it attached</source>
        <translation>Das Paket erstellen und dann dein E-Mail-Programm mit dem Paket als Anhang öffnen</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Zum Kalender hinzufügen…</translation>
    </message>
    <message>
        <source>The next meeting and the rhythm as a file any calendar imports</source>
        <translation>Das nächste Treffen und der Rhythmus als Datei, die jeder Kalender importiert</translation>
    </message>
    <message>
        <source>Stop using the exchange folder</source>
        <translation>Den Austauschordner nicht mehr verwenden</translation>
    </message>
    <message>
        <source>Session pack (PDF)…</source>
        <translation>Sitzungsmappe (PDF)…</translation>
    </message>
    <message>
        <source>End-of-cycle summary (PDF)…</source>
        <translation>Abschlusszusammenfassung (PDF)…</translation>
    </message>
    <message>
        <source>End this relationship…</source>
        <translation>Diese Beziehung beenden…</translation>
    </message>
    <message>
        <source>Before we meet</source>
        <translation>Vor dem Treffen</translation>
    </message>
    <message>
        <source>What they shared beside your own agenda, to prepare the next meeting</source>
        <translation>Was sie geteilt haben, neben deiner eigenen Agenda, um das nächste Treffen vorzubereiten</translation>
    </message>
    <message>
        <source>Prepare bundle…</source>
        <translation>Paket vorbereiten…</translation>
    </message>
    <message>
        <source>Prepare bundle</source>
        <translation>Paket vorbereiten</translation>
    </message>
    <message>
        <source>See everything that will leave, then save one encrypted file for them</source>
        <translation>Alles sehen, was hinausgeht, und dann eine verschlüsselte Datei für sie speichern</translation>
    </message>
    <message>
        <source>What have they seen?</source>
        <translation>Was wurde gesehen?</translation>
    </message>
    <message>
        <source>What has my partner seen?</source>
        <translation>Was hat mein Partner gesehen?</translation>
    </message>
    <message>
        <source>Every entry that left for them, and its state now</source>
        <translation>Jeder Eintrag, der an sie ging, und sein jetziger Stand</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>See everything that will leave, then put the bundle in the folder you both reach</source>
        <translation>Alles sehen, was hinausgeht, dann das Paket in den Ordner legen, den ihr beide erreicht</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose the folder you both reach</source>
        <translation>Den Ordner wählen, den ihr beide erreicht</translation>
    </message>
    <message>
        <source>Send when I share an entry</source>
        <translation>Senden, wenn ich einen Eintrag teile</translation>
    </message>
    <message>
        <source>Sharing an entry with this partner puts it in the exchange folder without another click</source>
        <translation>Ein mit diesem Partner geteilter Eintrag kommt ohne weiteren Klick in den Austauschordner</translation>
    </message>
    <message>
        <source>Start the agenda</source>
        <translation>Agenda beginnen</translation>
    </message>
    <message>
        <source>Write an agenda for the next meeting</source>
        <translation>Eine Agenda für das nächste Treffen schreiben</translation>
    </message>
    <message>
        <source>%1 has a new card with different keys. Nothing from it is accepted until you compare the fingerprint words with them.</source>
        <translation>%1 hat eine neue Karte mit anderen Schlüsseln. Davon wird nichts angenommen, bis ihr die Fingerabdruck-Wörter verglichen habt.</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <source>To exchange entries with %1, add their contact card.</source>
        <translation>Um Einträge mit %1 auszutauschen, füge die Kontaktkarte von %1 hinzu.</translation>
    </message>
    <message>
        <source>%1&apos;s card is not verified yet. Compare the fingerprint words with them before sharing.</source>
        <translation>Die Karte von %1 ist noch nicht bestätigt. Vergleicht die Fingerabdruck-Wörter, bevor du etwas teilst.</translation>
    </message>
    <message>
        <source>Card verified on %1 (fingerprint begins “%2”).</source>
        <translation>Karte bestätigt am %1 (Fingerabdruck beginnt mit „%2“).</translation>
    </message>
    <message>
        <source>Fingerprint…</source>
        <translation>Fingerabdruck…</translation>
    </message>
    <message>
        <source>Replace their card…</source>
        <translation>Karte ersetzen…</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>An %1 senden</translation>
    </message>
    <message>
        <source>No exchange folder yet. With a folder you both reach (Syncthing, Nextcloud, Dropbox, a USB stick), bundles travel by themselves.</source>
        <translation>Noch kein Austauschordner. Mit einem Ordner, den ihr beide erreicht (Syncthing, Nextcloud, Dropbox, ein USB-Stick), reisen Pakete von selbst.</translation>
    </message>
    <message>
        <source>Exchange folder: %1</source>
        <translation>Austauschordner: %1</translation>
    </message>
    <message>
        <source>What %1 sends there is imported while MentorVault is unlocked.</source>
        <translation>Was %1 dorthin sendet, wird importiert, solange MentorVault entsperrt ist.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>No role or rhythm set yet.</source>
        <translation>Noch keine Rolle und kein Rhythmus festgelegt.</translation>
    </message>
    <message>
        <source>What has %1 seen?</source>
        <translation>Was sah %1?</translation>
    </message>
    <message>
        <source>The agreement &quot;%1&quot; was due for review on %2. Look at it together?</source>
        <translation>Die Vereinbarung „%1“ sollte am %2 überprüft werden. Wollt ihr sie gemeinsam ansehen?</translation>
    </message>
    <message>
        <source>(protected)</source>
        <translation>(geschützt)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>Vereinbarung öffnen</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Partner bearbeiten</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Partner hinzufügen</translation>
    </message>
    <message>
        <source>A partner is someone you are in a mentoring relationship with. Entries can belong to a partner, so notes about different people never mix.</source>
        <translation>Ein Partner ist jemand, mit dem du in einer Mentoring-Beziehung bist. Einträge können zu einem Partner gehören, damit sich Notizen über verschiedene Menschen nie vermischen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How you call them; only you see it</source>
        <translation>Wie du die Person nennst; nur du siehst das</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Are they your mentor, your mentee or a peer?</source>
        <translation>Ist die Person dein Mentor, dein Mentee oder ein Peer?</translation>
    </message>
    <message>
        <source>&amp;They are:</source>
        <translation>&amp;Die Person ist:</translation>
    </message>
    <message>
        <source>Kind of mentoring</source>
        <translation>Art des Mentorings</translation>
    </message>
    <message>
        <source>What they mostly do for you: advise, advocate, affirm, challenge, coach, connect or sponsor</source>
        <translation>Was die Person vor allem für dich tut: beraten, fürsprechen, bestärken, herausfordern, coachen, vernetzen oder fördern</translation>
    </message>
    <message>
        <source>&amp;Mostly a:</source>
        <translation>&amp;Vor allem:</translation>
    </message>
    <message>
        <source>No fixed rhythm</source>
        <translation>Kein fester Rhythmus</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Meeting rhythm</source>
        <translation>Rhythmus der Treffen</translation>
    </message>
    <message>
        <source>How many days between meetings</source>
        <translation>Wie viele Tage zwischen den Treffen liegen</translation>
    </message>
    <message>
        <source>Meet &amp;every:</source>
        <translation>&amp;Treffen alle:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Partner hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PartnerFlow</name>
    <message>
        <source>Agenda for %1, %2</source>
        <translation>Agenda für %1, %2</translation>
    </message>
    <message>
        <source>Agenda for %1</source>
        <translation>Agenda für %1</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Passphrase zeigen</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Zeigen oder verbergen, was du eingegeben hast</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Enter your passphrase</source>
        <translation>Gib deine Passphrase ein</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show protected entries</source>
        <translation>Geschützte Einträge zeigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PickPartnersDialog</name>
    <message>
        <source>Prepare a bundle</source>
        <translation>Ein Paket vorbereiten</translation>
    </message>
    <message>
        <source>Who is it for? Only partners whose card you verified can receive a bundle. Choosing several makes one bundle holding only what you shared with every one of them.</source>
        <translation>Für wen ist es? Nur Partner, deren Karte du bestätigt hast, können ein Paket erhalten. Wählst du mehrere, entsteht ein Paket, das nur enthält, was du mit allen von ihnen geteilt hast.</translation>
    </message>
    <message>
        <source>no card yet</source>
        <translation>noch keine Karte</translation>
    </message>
    <message>
        <source>card not verified yet</source>
        <translation>Karte noch nicht bestätigt</translation>
    </message>
    <message>
        <source>Bundle for %1</source>
        <translation>Paket für %1</translation>
    </message>
    <message>
        <source>You have no partners yet.</source>
        <translation>Du hast noch keine Partner.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Continue to the preview</source>
        <translation>Weiter zur Vorschau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PrepDialog</name>
    <message>
        <source>Before we meet: %1</source>
        <translation>Vor dem Treffen: %1</translation>
    </message>
    <message>
        <source>Your next meeting with %1 is due %2.</source>
        <translation>Dein nächstes Treffen mit %1 ist am %2 fällig.</translation>
    </message>
    <message>
        <source>No meeting with %1 is planned yet.</source>
        <translation>Mit %1 ist noch kein Treffen geplant.</translation>
    </message>
    <message>
        <source>On the left, what %1 chose to share with you; on the right, your own agenda.</source>
        <translation>Links, was %1 mit dir teilen wollte; rechts deine eigene Agenda.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>What %1 shared</source>
        <translation>Was %1 geteilt hat</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>Meine Agenda</translation>
    </message>
    <message>
        <source>Start my agenda</source>
        <translation>Meine Agenda beginnen</translation>
    </message>
    <message>
        <source>Write your agenda for the next meeting</source>
        <translation>Schreib deine Agenda für das nächste Treffen</translation>
    </message>
    <message>
        <source>*Last changed %1.*</source>
        <translation>*Zuletzt geändert %1.*</translation>
    </message>
    <message>
        <source>You have no agenda for %1 yet.</source>
        <translation>Du hast noch keine Agenda für %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Session pack (PDF)…</source>
        <translation>Sitzungsmappe (PDF)…</translation>
    </message>
    <message>
        <source>Session pack</source>
        <translation>Sitzungsmappe</translation>
    </message>
    <message>
        <source>Both agendas, open goals and steps, and what they shared, as a PDF to take to the meeting</source>
        <translation>Beide Agenden, offene Ziele und Schritte und was die andere Person geteilt hat, als PDF für das Treffen</translation>
    </message>
</context>
<context>
    <name>PrepNotes</name>
    <message>
        <source>Their agenda</source>
        <translation>Geteilte Agenda</translation>
    </message>
    <message>
        <source>They have not shared an agenda yet.</source>
        <translation>Es wurde noch keine Agenda geteilt.</translation>
    </message>
    <message>
        <source>Nothing shared.</source>
        <translation>Nichts geteilt.</translation>
    </message>
    <message>
        <source>Their session notes</source>
        <translation>Geteilte Sitzungsnotizen</translation>
    </message>
    <message>
        <source>What they are struggling with</source>
        <translation>Geteilte Hürden</translation>
    </message>
    <message>
        <source>Their feedback reflections</source>
        <translation>Geteilte Gedanken zu Feedback</translation>
    </message>
    <message>
        <source>Their goals</source>
        <translation>Geteilte Ziele</translation>
    </message>
    <message>
        <source>No goals shared.</source>
        <translation>Keine Ziele geteilt.</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1 % erledigt</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>MentorVault notes</source>
        <translation>MentorVault-Notizen</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message>
        <source>This document is not encrypted.</source>
        <translation>Dieses Dokument ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Anhänge: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>kind, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Session pack: %1</source>
        <translation>Sitzungsmappe: %1</translation>
    </message>
    <message>
        <source>Next meeting: %1</source>
        <translation>Nächstes Treffen: %1</translation>
    </message>
    <message>
        <source>No meeting planned yet</source>
        <translation>Noch kein Treffen geplant</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>Meine Agenda</translation>
    </message>
    <message>
        <source>%1&apos;s agenda</source>
        <translation>Agenda von %1</translation>
    </message>
    <message>
        <source>No agenda yet.</source>
        <translation>Noch keine Agenda.</translation>
    </message>
    <message>
        <source>Open goals and steps</source>
        <translation>Offene Ziele und Schritte</translation>
    </message>
    <message>
        <source>No open goals.</source>
        <translation>Keine offenen Ziele.</translation>
    </message>
    <message>
        <source>%1 (%2% done)</source>
        <translation>%1 (%2 % erledigt)</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel bis %1</translation>
    </message>
    <message>
        <source>shared by %1</source>
        <translation>geteilt von %1</translation>
    </message>
    <message>
        <source>What %1 shared</source>
        <translation>Was %1 geteilt hat</translation>
    </message>
    <message>
        <source>Nothing shared yet.</source>
        <translation>Noch nichts geteilt.</translation>
    </message>
    <message>
        <source>End-of-cycle summary: %1</source>
        <translation>Abschlusszusammenfassung: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation>Erreichte Ziele</translation>
    </message>
    <message>
        <source>Goals still open</source>
        <translation>Noch offene Ziele</translation>
    </message>
    <message>
        <source>Wins along the way</source>
        <translation>Erfolge unterwegs</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Erhaltenes Feedback</translation>
    </message>
    <message>
        <source>Feedback %1 shared</source>
        <translation>Feedback, das %1 geteilt hat</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>step, the day it was done</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>for %1</source>
        <comment>a step for a goal</comment>
        <translation>für %1</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
</context>
<context>
    <name>ReflectView</name>
    <message>
        <source>Reflect</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <source>Pick a deck and answer the question in your own words. There is no right answer; a few honest sentences are plenty.</source>
        <translation>Wähle ein Fragenset und beantworte die Frage in deinen eigenen Worten. Es gibt keine richtige Antwort; ein paar ehrliche Sätze genügen.</translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation>&amp;Fragenset:</translation>
    </message>
    <message>
        <source>Prompt deck</source>
        <translation>Fragenset</translation>
    </message>
    <message>
        <source>&amp;Another prompt</source>
        <translation>&amp;Andere Frage</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>Andere Frage</translation>
    </message>
    <message>
        <source>Show a different question from this deck</source>
        <translation>Eine andere Frage aus diesem Set zeigen</translation>
    </message>
    <message>
        <source>Your answer…</source>
        <translation>Deine Antwort…</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Über:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>The mentoring relationship this reflection is about</source>
        <translation>Die Mentoring-Beziehung, um die es in dieser Reflexion geht</translation>
    </message>
    <message>
        <source>&amp;Save reflection</source>
        <translation>Reflexion &amp;speichern</translation>
    </message>
    <message>
        <source>Save the answer as a reflection entry (Ctrl+Return)</source>
        <translation>Die Antwort als Reflexionseintrag speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
    <message>
        <source>Write a few words first; an empty answer is not saved.</source>
        <translation>Schreib zuerst ein paar Worte; eine leere Antwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved with your reflections. Here is another question, if you like.</source>
        <translation>Bei deinen Reflexionen gespeichert. Hier ist noch eine Frage, wenn du magst.</translation>
    </message>
</context>
<context>
    <name>RekeyDoneDialog</name>
    <message>
        <source>The vault has a new key</source>
        <translation>Der Tresor hat einen neuen Schlüssel</translation>
    </message>
    <message>
        <source>Your new passphrase unlocks the vault now. The old passphrase, and any copy of the old key file, no longer open it.</source>
        <translation>Deine neue Passphrase entsperrt jetzt den Tresor. Die alte Passphrase und jede Kopie der alten Schlüsseldatei öffnen ihn nicht mehr.</translation>
    </message>
    <message>
        <source>The keyring could not be reached, so this computer no longer remembers the vault. You can turn that on again in Settings.</source>
        <translation>Der Schlüsselbund war nicht erreichbar, daher merkt sich dieser Computer den Tresor nicht mehr. Du kannst das in den Einstellungen wieder einschalten.</translation>
    </message>
    <message>
        <source>&amp;Replace them with one fresh backup</source>
        <translation>Durch eine aktuelle Sicherung &amp;ersetzen</translation>
    </message>
    <message>
        <source>Replace the older backups with one fresh backup</source>
        <translation>Die älteren Sicherungen durch eine aktuelle Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Your new recovery key: the old one no longer opens the vault. It is shown only now; write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Dein neuer Wiederherstellungsschlüssel: Der alte öffnet den Tresor nicht mehr. Er wird nur jetzt angezeigt; schreib ihn auf und bewahre ihn sicher und nicht auf diesem Computer auf.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>I have written down the new recovery key</source>
        <translation>Ich habe den neuen Wiederherstellungsschlüssel aufgeschrieben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Backup files you saved elsewhere still open with the old passphrase.</source>
        <translation>Sicherungsdateien, die du anderswo gespeichert hast, lassen sich weiterhin mit der alten Passphrase öffnen.</translation>
    </message>
    <message>
        <source>One backup made before still opens with the old passphrase and shows only what the vault held when it was made.</source>
        <translation>Eine früher angelegte Sicherung lässt sich weiterhin mit der alten Passphrase öffnen und zeigt nur, was der Tresor damals enthielt.</translation>
    </message>
    <message numerus="yes">
        <source>%n backups made before still open with the old passphrase and show only what the vault held when they were made.</source>
        <translation>
            <numerusform>%n früher angelegte Sicherung lässt sich weiterhin mit der alten Passphrase öffnen und zeigt nur, was der Tresor damals enthielt.</numerusform>
            <numerusform>%n früher angelegte Sicherungen lassen sich weiterhin mit der alten Passphrase öffnen und zeigen nur, was der Tresor damals enthielt.</numerusform>
        </translation>
    </message>
    <message>
        <source>There were no backups to replace. Backup files you saved elsewhere still open with the old passphrase.</source>
        <translation>Es gab keine Sicherungen zu ersetzen. Sicherungsdateien, die du anderswo gespeichert hast, lassen sich weiterhin mit der alten Passphrase öffnen.</translation>
    </message>
</context>
<context>
    <name>ReminderPump</name>
    <message>
        <source>A bundle from %1 arrived.</source>
        <translation>Ein Paket von %1 ist angekommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n new or updated entry(s).</source>
        <translation>
            <numerusform>%n neuer oder geänderter Eintrag.</numerusform>
            <numerusform>%n neue oder geänderte Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed at their request.</source>
        <translation>
            <numerusform>%n auf Wunsch entfernt.</numerusform>
            <numerusform>%n auf Wunsch entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Your meeting with %1 is due tomorrow</source>
        <translation>Dein Treffen mit %1 steht morgen an</translation>
    </message>
    <message>
        <source>Prepare an agenda in MentorVault.</source>
        <translation>Bereite in MentorVault eine Agenda vor.</translation>
    </message>
    <message>
        <source>A mentoring meeting is due tomorrow</source>
        <translation>Morgen steht ein Mentoring-Treffen an</translation>
    </message>
    <message>
        <source>%1 sent you a bundle</source>
        <translation>%1 hat dir ein Paket gesendet</translation>
    </message>
    <message>
        <source>Open MentorVault to see what arrived.</source>
        <translation>Öffne MentorVault, um zu sehen, was angekommen ist.</translation>
    </message>
    <message>
        <source>A partner&apos;s bundle arrived</source>
        <translation>Ein Paket eines Partners ist angekommen</translation>
    </message>
    <message>
        <source>Your session note for the meeting with %1 is not written yet</source>
        <translation>Deine Sitzungsnotiz zum Treffen mit %1 ist noch nicht geschrieben</translation>
    </message>
    <message>
        <source>Write down what you discussed while you remember it.</source>
        <translation>Halte fest, was ihr besprochen habt, solange du es noch weißt.</translation>
    </message>
    <message>
        <source>A session note is not written yet</source>
        <translation>Eine Sitzungsnotiz ist noch nicht geschrieben</translation>
    </message>
    <message>
        <source>“%1” is due for review</source>
        <translation>„%1“ sollte überprüft werden</translation>
    </message>
    <message>
        <source>Look at the agreement together at your next meeting.</source>
        <translation>Seht euch die Vereinbarung beim nächsten Treffen gemeinsam an.</translation>
    </message>
    <message>
        <source>A boundary agreement is due for review</source>
        <translation>Eine Vereinbarung sollte überprüft werden</translation>
    </message>
    <message>
        <source>MentorVault has a reminder for you</source>
        <translation>MentorVault hat eine Erinnerung für dich</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Checks every page of the backup, then makes it a vault in a new folder. The current vault folder is left exactly as it is. Use the passphrase the vault had when the backup was made, or your recovery key.</source>
        <translation>Prüft jede Seite der Sicherung und macht daraus einen Tresor in einem neuen Ordner. Der jetzige Tresorordner bleibt genau, wie er ist. Nimm die Passphrase, die der Tresor beim Anlegen der Sicherung hatte, oder deinen Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>New vault folder</source>
        <translation>Neuer Tresorordner</translation>
    </message>
    <message>
        <source>An empty or new folder; the backup becomes a vault there. Nothing else is touched.</source>
        <translation>Ein leerer oder neuer Ordner; dort wird die Sicherung zum Tresor. Sonst wird nichts angerührt.</translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation>Wiederherstellen &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup file and a new folder for the vault.</source>
        <translation>Wähle eine Sicherungsdatei und einen neuen Ordner für den Tresor.</translation>
    </message>
    <message>
        <source>Type the passphrase or the recovery key.</source>
        <translation>Gib die Passphrase oder den Wiederherstellungsschlüssel ein.</translation>
    </message>
    <message>
        <source>Checking every page of the backup, then restoring it…</source>
        <translation>Jede Seite der Sicherung wird geprüft, dann wird sie wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>Version %1 · %2</source>
        <translation>Fassung %1 · %2</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <translation>Fassung %1 wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Protected entry</source>
        <translation>Geschützter Eintrag</translation>
    </message>
    <message>
        <source>Hidden until you enter your passphrase</source>
        <translation>Verborgen, bis du deine Passphrase eingibst</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all entries…</source>
        <translation>Alle Einträge durchsuchen…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Words to find. Use &quot;quotes&quot; for a phrase, a trailing * for the start of a word, OR and NOT.</source>
        <translation>Wörter, die gesucht werden. &quot;Anführungszeichen&quot; für eine Wortgruppe, ein * am Ende für einen Wortanfang, OR und NOT.</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Partner filter</source>
        <translation>Nach Partner filtern</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Only entries dated on or after this day</source>
        <translation>Nur Einträge ab diesem Tag</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Only entries dated on or before this day</source>
        <translation>Nur Einträge bis zu diesem Tag</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Type to search. Results appear as you type.</source>
        <translation>Tippe, um zu suchen. Ergebnisse erscheinen beim Tippen.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>beliebiger Tag</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words, or clear a filter.</source>
        <translation>Nichts gefunden. Versuche weniger oder kürzere Wörter, oder entferne einen Filter.</translation>
    </message>
    <message>
        <source>Many matches; the best come first.</source>
        <translation>Viele Treffer; die besten zuerst.</translation>
    </message>
    <message>
        <source>One match.</source>
        <translation>Ein Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>%n matches, best first.</source>
        <translation>
            <numerusform>%n Treffer, die besten zuerst.</numerusform>
            <numerusform>%n Treffer, die besten zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeenDialog</name>
    <message>
        <source>What %1 has seen</source>
        <translation>Was %1 gesehen hat</translation>
    </message>
    <message>
        <source>The record of what you shared does not add up: an entry in it was changed or removed outside MentorVault. What is listed may be incomplete.</source>
        <translation>Die Aufzeichnung dessen, was du geteilt hast, ist nicht stimmig: Ein Eintrag darin wurde außerhalb von MentorVault geändert oder entfernt. Die Liste ist vielleicht unvollständig.</translation>
    </message>
    <message>
        <source>You have not sent %1 anything yet.</source>
        <translation>Du hast %1 noch nichts geschickt.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) sent to %1. Each entry below left at least once; this is the latest version they received and what happens to it now.</source>
        <translation>
            <numerusform>%n Paket an %1 geschickt. Jeder Eintrag unten ging mindestens einmal hinaus; hier steht die neueste Fassung, die %1 erhalten hat, und was jetzt mit ihr geschieht.</numerusform>
            <numerusform>%n Pakete an %1 geschickt. Jeder Eintrag unten ging mindestens einmal hinaus; hier steht die neueste Fassung, die %1 erhalten hat, und was jetzt mit ihr geschieht.</numerusform>
        </translation>
    </message>
    <message>
        <source>(an entry since deleted)</source>
        <translation>(ein inzwischen gelöschter Eintrag)</translation>
    </message>
    <message>
        <source>still shared</source>
        <translation>noch geteilt</translation>
    </message>
    <message>
        <source>changed since; the new version not sent</source>
        <translation>seitdem geändert; die neue Fassung nicht gesendet</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>revoked; they removed it on %1</source>
        <translation>widerrufen; am %1 von ihnen entfernt</translation>
    </message>
    <message>
        <source>%1 — sent %2, %3</source>
        <translation>%1 — gesendet %2, %3</translation>
    </message>
    <message>
        <source>Entries they received</source>
        <translation>Einträge, die sie erhalten haben</translation>
    </message>
    <message>
        <source>Check it with %1</source>
        <translation>Mit %1 abgleichen</translation>
    </message>
    <message>
        <source>Nine words sum up every entry version and removal request that went each way. %1 sees the same words in this window on their side, the other way round. Read them to each other, as you did the fingerprint: if they differ, a bundle did not arrive or a record was changed.</source>
        <translation>Neun Wörter fassen jede Fassung eines Eintrags und jede Löschbitte zusammen, die in beide Richtungen ging. %1 sieht dieselben Wörter in diesem Fenster auf der eigenen Seite, nur andersherum. Lest sie euch vor wie beim Fingerabdruck: Wenn sie sich unterscheiden, ist ein Paket nicht angekommen oder eine Aufzeichnung wurde verändert.</translation>
    </message>
    <message>
        <source>What you sent %1</source>
        <translation>Was du %1 geschickt hast</translation>
    </message>
    <message>
        <source>Words for what you sent</source>
        <translation>Wörter für das Gesendete</translation>
    </message>
    <message>
        <source>What %1 sent you</source>
        <translation>Was %1 dir geschickt hat</translation>
    </message>
    <message>
        <source>Words for what you received</source>
        <translation>Wörter für das Empfangene</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Your &amp;name:</source>
        <translation>Dein &amp;Name:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>How partners see you on your contact card and on the bundles you send</source>
        <translation>So sehen dich Partner auf deiner Kontaktkarte und auf den Paketen, die du schickst</translation>
    </message>
    <message>
        <source>Lock after &amp;no activity for:</source>
        <translation>Sperren nach &amp;Untätigkeit von:</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Sperren nach Leerlaufzeit</translation>
    </message>
    <message>
        <source>Lock when there was no typing or clicking in MentorVault for this long</source>
        <translation>Sperren, wenn so lange nichts in MentorVault getippt oder geklickt wurde</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimised</source>
        <translation>Sperren, wenn das Fenster &amp;minimiert wird</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Sperren, wenn das Fenster minimiert wird</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Leave empty to keep backups inside the vault folder</source>
        <translation>Leer lassen, um Sicherungen im Tresorordner aufzubewahren</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Die letzten behalten:</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Zu behaltende Sicherungen</translation>
    </message>
    <message>
        <source>One automatic backup is made on each day you use MentorVault; older ones are removed</source>
        <translation>An jedem Tag, an dem du MentorVault nutzt, entsteht eine automatische Sicherung; ältere werden entfernt</translation>
    </message>
    <message>
        <source>No automatic backups</source>
        <translation>Keine automatischen Sicherungen</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source>A meeting is &amp;due tomorrow</source>
        <translation>Ein Treffen steht mor&amp;gen an</translation>
    </message>
    <message>
        <source>Remind me of a meeting due tomorrow</source>
        <translation>An ein Treffen erinnern, das morgen ansteht</translation>
    </message>
    <message>
        <source>From the next agenda&apos;s date or the partner&apos;s meeting rhythm</source>
        <translation>Aus dem Datum der nächsten Agenda oder dem Treffrhythmus des Partners</translation>
    </message>
    <message>
        <source>A partner&apos;s bundle &amp;arrived</source>
        <translation>Ein Paket eines Partners ist &amp;angekommen</translation>
    </message>
    <message>
        <source>Tell me when a partner&apos;s bundle arrived</source>
        <translation>Mitteilen, wenn ein Paket eines Partners angekommen ist</translation>
    </message>
    <message>
        <source>A session note is not &amp;written the day after a meeting</source>
        <translation>Eine Sitzungsnotiz ist am Tag nach einem Treffen nicht ges&amp;chrieben</translation>
    </message>
    <message>
        <source>Remind me to write the session note</source>
        <translation>An die Sitzungsnotiz erinnern</translation>
    </message>
    <message>
        <source>An a&amp;greement&apos;s review date has passed</source>
        <translation>Der Prüftermin einer Verein&amp;barung ist vorbei</translation>
    </message>
    <message>
        <source>Remind me to review a boundary agreement</source>
        <translation>An die Überprüfung einer Vereinbarung erinnern</translation>
    </message>
    <message>
        <source>Show names &amp;in reminders</source>
        <translation>Namen &amp;in Erinnerungen zeigen</translation>
    </message>
    <message>
        <source>Show names in reminders</source>
        <translation>Namen in Erinnerungen zeigen</translation>
    </message>
    <message>
        <source>Off: a reminder names no person and no entry, since lock screens show notifications</source>
        <translation>Aus: Eine Erinnerung nennt keine Person und keinen Eintrag, da Sperrbildschirme Benachrichtigungen zeigen</translation>
    </message>
    <message>
        <source>&amp;Spelling:</source>
        <translation>&amp;Rechtschreibung:</translation>
    </message>
    <message>
        <source>Spell-checking language</source>
        <translation>Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Misspelt words are underlined in every text field; right-click one for suggestions</source>
        <translation>Falsch geschriebene Wörter werden in jedem Textfeld unterstrichen; ein Rechtsklick darauf zeigt Vorschläge</translation>
    </message>
    <message>
        <source>Follow the system language</source>
        <translation>Wie die Systemsprache</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Englisch (Vereinigte Staaten)</translation>
    </message>
    <message>
        <source>German (Germany)</source>
        <translation>Deutsch (Deutschland)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Spanisch (Spanien)</translation>
    </message>
    <message>
        <source>Spell checking is on, with the %1 dictionary. Words you add to the dictionary are kept inside the vault.</source>
        <translation>Die Rechtschreibprüfung ist an, mit dem Wörterbuch %1. Wörter, die du zum Wörterbuch hinzufügst, werden im Tresor aufbewahrt.</translation>
    </message>
    <message>
        <source>Spell checking is off.</source>
        <translation>Die Rechtschreibprüfung ist aus.</translation>
    </message>
    <message>
        <source>Spell checking is not available: the spelling library (Enchant, with pyenchant) is not installed. Everything else works; install it to have misspelt words underlined.</source>
        <translation>Die Rechtschreibprüfung ist nicht verfügbar: Die Rechtschreibbibliothek (Enchant, mit pyenchant) ist nicht installiert. Alles andere funktioniert; installiere sie, damit falsch geschriebene Wörter unterstrichen werden.</translation>
    </message>
    <message>
        <source>Spell checking is not available: no dictionary for %1 is installed (on Debian or Ubuntu: the hunspell package of that language).</source>
        <translation>Die Rechtschreibprüfung ist nicht verfügbar: Für %1 ist kein Wörterbuch installiert (unter Debian oder Ubuntu: das hunspell-Paket dieser Sprache).</translation>
    </message>
    <message>
        <source>Spell checking starts when the vault is unlocked.</source>
        <translation>Die Rechtschreibprüfung beginnt, sobald der Tresor entsperrt ist.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>The name your partners know you by</source>
        <translation>Der Name, unter dem dich deine Partner kennen</translation>
    </message>
    <message>
        <source>Your contact card carries this name. A partner who already has your card sees a new name only when you give them a new card.</source>
        <translation>Deine Kontaktkarte trägt diesen Namen. Ein Partner, der deine Karte schon hat, sieht einen neuen Namen erst, wenn du ihm eine neue Karte gibst.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>MentorVault also locks when the computer sleeps or the screen locks, where the desktop reports it.</source>
        <translation>MentorVault sperrt auch, wenn der Computer schläft oder der Bildschirm gesperrt wird, sofern die Arbeitsumgebung es meldet.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Verify a backup…</source>
        <translation>Sicherung &amp;prüfen…</translation>
    </message>
    <message>
        <source>Verify a backup</source>
        <translation>Sicherung prüfen</translation>
    </message>
    <message>
        <source>Open a backup file read-only and check it fully</source>
        <translation>Eine Sicherungsdatei schreibgeschützt öffnen und vollständig prüfen</translation>
    </message>
    <message>
        <source>Re&amp;place all backups…</source>
        <translation>Alle Sicherungen &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Replace all backups with one fresh backup</source>
        <translation>Alle Sicherungen durch eine aktuelle Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Older backups keep entries deleted since and the passphrase of their day</source>
        <translation>Ältere Sicherungen enthalten seither gelöschte Einträge und die Passphrase von damals</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Reminders appear as desktop notifications while MentorVault is unlocked, or in the window where the desktop shows none.</source>
        <translation>Erinnerungen erscheinen als Desktop-Benachrichtigungen, solange MentorVault entsperrt ist, oder im Fenster, wo der Desktop keine zeigt.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the window and the prompt decks</source>
        <translation>Die Sprache des Fensters und der Fragensets</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time MentorVault starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von MentorVault.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This is the demo vault: it cannot be remembered, backed up or given a new passphrase, and it is deleted when you quit.</source>
        <translation>Das ist der Demo-Tresor: Er kann nicht gemerkt, gesichert oder mit einer neuen Passphrase versehen werden und wird beim Beenden gelöscht.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Automatische Sicherungen sind aus.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup is being written in the background.</source>
        <translation>Die heutige automatische Sicherung wird im Hintergrund geschrieben.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed. %1</source>
        <translation>Die heutige automatische Sicherung ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>No automatic backup yet. One is written on each day you unlock the vault.</source>
        <translation>Noch keine automatische Sicherung. An jedem Tag, an dem du den Tresor entsperrst, wird eine geschrieben.</translation>
    </message>
    <message>
        <source>Newest automatic backup: %1, in %2</source>
        <translation>Neueste automatische Sicherung: %1, in %2</translation>
    </message>
    <message>
        <source>This computer is remembered: you can unlock without typing the passphrase. Anyone logged in as you here could too.</source>
        <translation>Dieser Computer ist gemerkt: Du kannst ohne Passphrase entsperren. Jeder, der hier als du angemeldet ist, könnte das auch.</translation>
    </message>
    <message>
        <source>&amp;Forget this computer</source>
        <translation>Diesen Computer &amp;vergessen</translation>
    </message>
    <message>
        <source>This computer is not remembered: the vault asks for the passphrase each time.</source>
        <translation>Dieser Computer ist nicht gemerkt: Der Tresor fragt jedes Mal nach der Passphrase.</translation>
    </message>
    <message>
        <source>&amp;Remember this computer</source>
        <translation>Diesen Computer &amp;merken</translation>
    </message>
    <message>
        <source>This computer&apos;s slot was removed from the vault&apos;s key file, so the secret kept for it opens nothing. The system keyring could not be reached, so that secret is still stored there: remove the MentorVault item with your keyring app once it works (choosing Remember this computer later replaces it).</source>
        <translation>Das Fach dieses Computers wurde aus der Schlüsseldatei des Tresors entfernt, daher öffnet das dafür aufbewahrte Geheimnis nichts mehr. Der Schlüsselbund des Systems war nicht erreichbar, daher liegt dieses Geheimnis noch dort: Sobald der Schlüsselbund wieder funktioniert, entferne den MentorVault-Eintrag mit deiner Schlüsselbund-App (wählst du später Diesen Computer merken, wird er ersetzt).</translation>
    </message>
    <message>
        <source>Writing a backup…</source>
        <translation>Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sicherung geschrieben: %1</translation>
    </message>
    <message>
        <source>Replace all backups?</source>
        <translation>Alle Sicherungen ersetzen?</translation>
    </message>
    <message>
        <source>Older backups still hold entries you have deleted since, and they open with the passphrase the vault had when they were made. This writes one fresh backup of the vault as it is now, then removes the other backups in %1. Backup files you saved elsewhere are not touched.</source>
        <translation>Ältere Sicherungen enthalten noch Einträge, die du seither gelöscht hast, und sie lassen sich mit der Passphrase öffnen, die der Tresor damals hatte. Hiermit wird eine aktuelle Sicherung des Tresors in seinem jetzigen Zustand geschrieben; danach werden die anderen Sicherungen in %1 entfernt. Sicherungsdateien, die du anderswo gespeichert hast, bleiben unberührt.</translation>
    </message>
    <message>
        <source>Replace backups</source>
        <translation>Sicherungen ersetzen</translation>
    </message>
    <message>
        <source>Writing a fresh backup…</source>
        <translation>Aktuelle Sicherung wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share this entry</source>
        <translation>Diesen Eintrag teilen</translation>
    </message>
    <message>
        <source>Nothing is shared by default. Tick a partner to let this exact version go in your next bundle to them. If you edit the entry later, it is left out until you look again.</source>
        <translation>Standardmäßig wird nichts geteilt. Hake einen Partner an, damit genau diese Fassung in dein nächstes Paket an ihn kommt. Wenn du den Eintrag später bearbeitest, bleibt er draußen, bis du ihn dir wieder ansiehst.</translation>
    </message>
    <message>
        <source>Share with</source>
        <translation>Teilen mit</translation>
    </message>
    <message>
        <source>You have no partners yet. Add one from the sidebar first.</source>
        <translation>Du hast noch keine Partner. Füge zuerst in der Seitenleiste einen hinzu.</translation>
    </message>
    <message>
        <source>Exactly what they will receive</source>
        <translation>Genau das, was sie erhalten</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation>Was geteilt wird</translation>
    </message>
    <message>
        <source>Every field and the notes of this entry, exactly as they would leave</source>
        <translation>Jedes Feld und die Notizen dieses Eintrags, genau so, wie sie hinausgehen würden</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>With %n attached files: %1</source>
        <translation>
            <numerusform>Mit %n angehängten Datei: %1</numerusform>
            <numerusform>Mit %n angehängten Dateien: %1</numerusform>
        </translation>
    </message>
    <message>
        <source> · no contact card yet: it leaves once you add and verify theirs</source>
        <translation> · noch keine Kontaktkarte: geht hinaus, sobald du die Karte hinzugefügt und bestätigt hast</translation>
    </message>
    <message>
        <source> · card not verified yet: nothing leaves until you verify it</source>
        <translation> · Karte noch nicht bestätigt: nichts geht hinaus, bis du sie bestätigst</translation>
    </message>
    <message>
        <source>Share with %1</source>
        <translation>Mit %1 teilen</translation>
    </message>
    <message>
        <source>Share this version with %1 and stop sharing with %2</source>
        <translation>Diese Fassung mit %1 teilen und die Freigabe für %2 beenden</translation>
    </message>
    <message>
        <source>Share this version with %1</source>
        <translation>Diese Fassung mit %1 teilen</translation>
    </message>
    <message>
        <source>Stop sharing with %1</source>
        <translation>Freigabe für %1 beenden</translation>
    </message>
    <message>
        <source>Only the version shown above is shared. It goes in your next bundle to %1.</source>
        <translation>Nur die oben gezeigte Fassung wird geteilt. Sie kommt in dein nächstes Paket an %1.</translation>
    </message>
    <message>
        <source>Their app will be asked to delete its copy; a copy they already read cannot be taken back.</source>
        <translation>Die App auf der anderen Seite wird gebeten, ihre Kopie zu löschen; eine schon gelesene Kopie lässt sich nicht zurückholen.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>nicht geteilt</translation>
    </message>
    <message>
        <source>shared, this version</source>
        <translation>geteilt, diese Fassung</translation>
    </message>
    <message>
        <source>shared, this version (sent %1)</source>
        <translation>geteilt, diese Fassung (gesendet %1)</translation>
    </message>
    <message>
        <source>changed since consent: left out until you share this version</source>
        <translation>seit der Einwilligung geändert: bleibt draußen, bis du diese Fassung teilst</translation>
    </message>
    <message>
        <source>revoked; removed by partner on %1</source>
        <translation>widerrufen; vom Partner am %1 entfernt</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>widerrufen am %1</translation>
    </message>
    <message>
        <source>Shared with %1.</source>
        <translation>Geteilt mit %1.</translation>
    </message>
    <message>
        <source>Changed since %1 consented to see it: left out of bundles until you share it again.</source>
        <translation>Geändert, seit %1 eingewilligt hat, sie zu sehen: bleibt aus Paketen draußen, bis du sie erneut teilst.</translation>
    </message>
    <message>
        <source>No longer shared with %1.</source>
        <translation>Nicht mehr geteilt mit %1.</translation>
    </message>
    <message>
        <source>%1 removed their copy on %2.</source>
        <translation>%1 hat die eigene Kopie am %2 entfernt.</translation>
    </message>
    <message>
        <source>Not shared with anyone.</source>
        <translation>Mit niemandem geteilt.</translation>
    </message>
    <message>
        <source>Agreed by both on %1</source>
        <translation>Von beiden angenommen am %1</translation>
    </message>
    <message>
        <source>%1 accepted an earlier version on %2</source>
        <translation>%1 hat am %2 eine frühere Fassung angenommen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Move to the next or previous field</source>
        <translation>Zum nächsten oder vorigen Feld wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Type a tab in a multi-line field</source>
        <translation>Einen Tabulator in einem mehrzeiligen Feld eingeben</translation>
    </message>
    <message>
        <source>Spelling suggestions for the word at the cursor</source>
        <translation>Rechtschreibvorschläge für das Wort am Cursor</translation>
    </message>
    <message>
        <source>Menu key, or right-click</source>
        <translation>Menütaste oder Rechtsklick</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Ein Menü öffnen</translation>
    </message>
    <message>
        <source>Alt and the underlined letter</source>
        <translation>Alt und der unterstrichene Buchstabe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>Choose which entries to show: all, a kind, a partner or a tag</source>
        <translation>Wähle, welche Einträge erscheinen: alle, eine Art, ein Partner oder ein Schlagwort</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Add a partner…</source>
        <translation>Neuer Partner…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>No spelling suggestions</source>
        <translation>Keine Rechtschreibvorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>„%1“ ignorieren</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>A small step</source>
        <translation>Ein kleiner Schritt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>A small action towards the goal</source>
        <translation>Eine kleine Handlung auf dem Weg zum Ziel</translation>
    </message>
    <message>
        <source>More for this step</source>
        <translation>Mehr zu diesem Schritt</translation>
    </message>
    <message>
        <source>Drop the step, bring it back, or remove it</source>
        <translation>Den Schritt verwerfen, zurückholen oder entfernen</translation>
    </message>
    <message>
        <source>Drop this step</source>
        <translation>Diesen Schritt verwerfen</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Erledigt am %1</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Bring this step back</source>
        <translation>Diesen Schritt zurückholen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>noch nicht erledigt</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>Schritt %1, %2</translation>
    </message>
    <message>
        <source>Tick when this step is done</source>
        <translation>Abhaken, wenn dieser Schritt erledigt ist</translation>
    </message>
</context>
<context>
    <name>StepsField</name>
    <message>
        <source>Add a step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation>Hinzufügen zu: %1</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Use at least 10 characters; several unrelated words are easy to remember.</source>
        <translation>Nimm mindestens 10 Zeichen; mehrere unzusammenhängende Wörter lassen sich leicht merken.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess. Add more unrelated words.</source>
        <translation>Diese Passphrase wäre leicht zu erraten. Füge weitere unzusammenhängende Wörter hinzu.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Nimm ein paar Wörter und meide gängige Redewendungen.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Füge ein oder zwei Wörter hinzu. Ungewöhnliche Wörter sind besser.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Gerade Tastenreihen sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Kurze Tastaturmuster sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Nimm ein längeres Tastaturmuster mit mehr Richtungswechseln.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Wiederholungen wie „aaa“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Meide wiederholte Wörter und Zeichen.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Folgen wie „abc“ oder „6543“ sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Meide Folgen.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Jüngere Jahreszahlen sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Meide jüngere Jahreszahlen.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Meide Jahreszahlen, die mit dir zu tun haben.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Daten sind oft leicht zu erraten.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Meide Daten und Jahreszahlen, die mit dir zu tun haben.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Das ist eines der 10 häufigsten Passwörter.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Das ist eines der 100 häufigsten Passwörter.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Das ist ein sehr häufiges Passwort.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Das ähnelt einem häufig verwendeten Passwort.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Ein einzelnes Wort ist leicht zu erraten.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Vor- und Nachnamen allein sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Häufige Vor- und Nachnamen sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Großschreibung hilft kaum.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Type a passphrase</source>
        <translation>Gib eine Passphrase ein</translation>
    </message>
    <message>
        <source>Advice about the passphrase</source>
        <translation>Hinweise zur Passphrase</translation>
    </message>
    <message>
        <source>A few unrelated words you can remember work well, for example four words from different parts of your life.</source>
        <translation>Ein paar unzusammenhängende Wörter, die du dir merken kannst, funktionieren gut, zum Beispiel vier Wörter aus verschiedenen Bereichen deines Lebens.</translation>
    </message>
    <message>
        <source>%1 (too weak)</source>
        <translation>%1 (zu schwach)</translation>
    </message>
    <message>
        <source>Good. Make sure you can remember it: if you forget it, only your recovery key lets you set a new one.</source>
        <translation>Gut. Achte darauf, dass du sie dir merken kannst: Wenn du sie vergisst, kannst du nur mit deinem Wiederherstellungsschlüssel eine neue festlegen.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Your vault is locked</source>
        <translation>Dein Tresor ist gesperrt</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase of this vault</source>
        <translation>Die Passphrase dieses Tresors</translation>
    </message>
    <message>
        <source>Recovery key, in groups of characters</source>
        <translation>Wiederherstellungsschlüssel, in Zeichengruppen</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>The recovery key you wrote down when you created the vault</source>
        <translation>Der Wiederherstellungsschlüssel, den du beim Anlegen des Tresors aufgeschrieben hast</translation>
    </message>
    <message>
        <source>Use my recovery key instead</source>
        <translation>Stattdessen meinen Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>Switch between passphrase and recovery key</source>
        <translation>Zwischen Passphrase und Wiederherstellungsschlüssel wechseln</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock with this &amp;computer&apos;s key</source>
        <translation>Mit dem Schlüssel dieses &amp;Computers entsperren</translation>
    </message>
    <message>
        <source>Unlock with the key remembered on this computer</source>
        <translation>Mit dem auf diesem Computer gemerkten Schlüssel entsperren</translation>
    </message>
    <message>
        <source>Open another vault or create one</source>
        <translation>Einen anderen Tresor öffnen oder einen anlegen</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Demo-Tresor</translation>
    </message>
    <message>
        <source>This is the demo vault. Its passphrase is: %1</source>
        <translation>Das ist der Demo-Tresor. Seine Passphrase lautet: %1</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>Stattdessen meine Passphrase verwenden</translation>
    </message>
    <message>
        <source>Upgrading the vault&apos;s storage: giving the freed space back to the disk…</source>
        <translation>Der Tresor wird aktualisiert: ungenutzter Speicherplatz wird freigegeben…</translation>
    </message>
    <message>
        <source>Upgrading the vault&apos;s storage: %1 of %2 entries…</source>
        <translation>Der Tresor wird aktualisiert: %1 von %2 Einträgen…</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>Gib zuerst deinen Wiederherstellungsschlüssel ein.</translation>
    </message>
    <message>
        <source>Checking the recovery key…</source>
        <translation>Wiederherstellungsschlüssel wird geprüft…</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Gib zuerst deine Passphrase ein.</translation>
    </message>
    <message>
        <source>Unlocking… deriving the key takes a moment.</source>
        <translation>Wird entsperrt… das Ableiten des Schlüssels dauert einen Moment.</translation>
    </message>
    <message>
        <source>Unlocking with this computer&apos;s key…</source>
        <translation>Wird mit dem Schlüssel dieses Computers entsperrt…</translation>
    </message>
</context>
<context>
    <name>VerifyBackupDialog</name>
    <message>
        <source>Verify a backup</source>
        <translation>Sicherung prüfen</translation>
    </message>
    <message>
        <source>Checks that a backup file is complete and can be opened, without changing anything. Use the passphrase the vault had when the backup was made, or your recovery key.</source>
        <translation>Prüft, ob eine Sicherungsdatei vollständig ist und sich öffnen lässt, ohne etwas zu ändern. Nimm die Passphrase, die der Tresor beim Anlegen der Sicherung hatte, oder deinen Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Sicherungsdatei auswählen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Passphrase oder Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>The passphrase, or the recovery key, of the backed-up vault</source>
        <translation>Die Passphrase oder der Wiederherstellungsschlüssel des gesicherten Tresors</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>This is my &amp;recovery key</source>
        <translation>Das ist mein &amp;Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Den Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Sicherung auswählen</translation>
    </message>
    <message>
        <source>MentorVault backups (*%1);;All files (*)</source>
        <translation>MentorVault-Sicherungen (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a backup file first.</source>
        <translation>Wähle zuerst eine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Type the passphrase or the recovery key.</source>
        <translation>Gib die Passphrase oder den Wiederherstellungsschlüssel ein.</translation>
    </message>
    <message>
        <source>Opening the backup read-only and checking every page…</source>
        <translation>Die Sicherung wird schreibgeschützt geöffnet und jede Seite geprüft…</translation>
    </message>
    <message>
        <source>The backup is complete and readable. It holds one entry.</source>
        <translation>Die Sicherung ist vollständig und lesbar. Sie enthält einen Eintrag.</translation>
    </message>
    <message numerus="yes">
        <source>The backup is complete and readable. It holds %n entries.</source>
        <translation>
            <numerusform>Die Sicherung ist vollständig und lesbar. Sie enthält %n Eintrag.</numerusform>
            <numerusform>Die Sicherung ist vollständig und lesbar. Sie enthält %n Einträge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify %1&apos;s card</source>
        <translation>Karte von %1 bestätigen</translation>
    </message>
    <message>
        <source>%1 has a new card with different keys. It could be an impostor, or %1 made a new vault. Ask %1 to read their fingerprint words to you, in person or on a call. Only if they match will anything from the new keys be accepted.</source>
        <translation>%1 hat eine neue Karte mit anderen Schlüsseln. Es könnte jemand anderes dahinterstecken, oder %1 hat einen neuen Tresor angelegt. Bitte %1, dir die Fingerabdruck-Wörter vorzulesen, persönlich oder am Telefon. Nur wenn sie übereinstimmen, wird etwas von den neuen Schlüsseln angenommen.</translation>
    </message>
    <message>
        <source>Ask %1 to read their fingerprint words to you, in person or on a call (not by the same route the card came). If the words match, the card really is theirs.</source>
        <translation>Bitte %1, dir die Fingerabdruck-Wörter vorzulesen, persönlich oder am Telefon (nicht auf demselben Weg, auf dem die Karte kam). Wenn die Wörter übereinstimmen, gehört die Karte wirklich %1.</translation>
    </message>
    <message>
        <source>What this card says:</source>
        <translation>Was diese Karte sagt:</translation>
    </message>
    <message>
        <source>What %1 reads to you:</source>
        <translation>Was %1 dir vorliest:</translation>
    </message>
    <message>
        <source>Type the nine words (or thirty digits) as they read them</source>
        <translation>Gib die neun Wörter (oder dreißig Ziffern) so ein, wie sie vorgelesen werden</translation>
    </message>
    <message>
        <source>Words your partner read to you</source>
        <translation>Wörter, die dir dein Partner vorgelesen hat</translation>
    </message>
    <message>
        <source>Type the nine words or thirty digits your partner reads out</source>
        <translation>Gib die neun Wörter oder dreißig Ziffern ein, die dein Partner vorliest</translation>
    </message>
    <message>
        <source>They read these words to me and they match</source>
        <translation>Diese Wörter wurden mir vorgelesen, und sie stimmen überein</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>MentorVault logo</source>
        <translation>MentorVault-Logo</translation>
    </message>
    <message>
        <source>Welcome to MentorVault</source>
        <translation>Willkommen bei MentorVault</translation>
    </message>
    <message>
        <source>A private place for what happens in your mentoring: session notes, feedback, goals and reflections. Everything stays encrypted on this computer; nothing is shared unless you choose to.</source>
        <translation>Ein privater Ort für das, was in deinem Mentoring geschieht: Sitzungsnotizen, Feedback, Ziele und Reflexionen. Alles bleibt verschlüsselt auf diesem Computer; nichts wird geteilt, außer du entscheidest dich dafür.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault</source>
        <translation>Neuen Tresor &amp;anlegen</translation>
    </message>
    <message>
        <source>Choose a passphrase and start writing</source>
        <translation>Eine Passphrase wählen und losschreiben</translation>
    </message>
    <message>
        <source>&amp;Open a vault folder…</source>
        <translation>Tresorordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Tresorordner öffnen</translation>
    </message>
    <message>
        <source>Pick the folder of a vault you already have</source>
        <translation>Den Ordner eines Tresors wählen, den du schon hast</translation>
    </message>
    <message>
        <source>&amp;Try the demo vault</source>
        <translation>Demo-Tresor aus&amp;probieren</translation>
    </message>
    <message>
        <source>Try the demo vault</source>
        <translation>Demo-Tresor ausprobieren</translation>
    </message>
    <message>
        <source>Open a vault of made-up sample entries; it is deleted when you quit</source>
        <translation>Einen Tresor mit erfundenen Beispieleinträgen öffnen; er wird beim Beenden gelöscht</translation>
    </message>
    <message>
        <source>The demo holds made-up entries of every kind and is deleted when you quit.</source>
        <translation>Die Demo enthält erfundene Einträge jeder Art und wird beim Beenden gelöscht.</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Zuletzt verwendete Tresore</translation>
    </message>
    <message>
        <source>Unlock the vault in %1</source>
        <translation>Den Tresor in %1 entsperren</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>Write a new entry of the kind you are looking at (Ctrl+N)</source>
        <translation>Einen neuen Eintrag der Art schreiben, die du gerade ansiehst (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the entry now (it also saves by itself)</source>
        <translation>Den Eintrag jetzt speichern (er speichert sich auch von selbst)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search all entries (Ctrl+F)</source>
        <translation>Alle Einträge durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Jetzt &amp;sperren</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Den Tresor jetzt sperren (Strg+L)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Locking, backups, this computer, passphrase and theme</source>
        <translation>Sperren, Sicherungen, dieser Computer, Passphrase, Farbschema und Sprache</translation>
    </message>
    <message>
        <source>&amp;Verify a backup…</source>
        <translation>Sicherung &amp;prüfen…</translation>
    </message>
    <message>
        <source>Open a backup read-only and check it fully</source>
        <translation>Eine Sicherung schreibgeschützt öffnen und vollständig prüfen</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Check a backup fully and restore it into a new vault folder</source>
        <translation>Eine Sicherung vollständig prüfen und in einem neuen Tresorordner wiederherstellen</translation>
    </message>
    <message>
        <source>Add a &amp;partner…</source>
        <translation>&amp;Partner hinzufügen…</translation>
    </message>
    <message>
        <source>Show &amp;protected entries…</source>
        <translation>&amp;Geschützte Einträge zeigen…</translation>
    </message>
    <message>
        <source>&amp;Preview notes</source>
        <translation>Notizen in der &amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>&amp;Reflect</source>
        <translation>&amp;Nachdenken</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Einblicke</translation>
    </message>
    <message>
        <source>Patterns over months: mood and energy, goals, meetings, feedback and tags</source>
        <translation>Muster über Monate: Stimmung und Energie, Ziele, Treffen, Feedback und Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;Focus</source>
        <translation>&amp;Fokus</translation>
    </message>
    <message>
        <source>Write with nothing else on screen (F11; Esc leaves)</source>
        <translation>Schreiben, ohne dass sonst etwas zu sehen ist (F11; Esc beendet)</translation>
    </message>
    <message>
        <source>My &amp;contact card…</source>
        <translation>Meine &amp;Kontaktkarte…</translation>
    </message>
    <message>
        <source>Your name, fingerprint and QR code, and saving your card</source>
        <translation>Dein Name, Fingerabdruck und QR-Code, und das Speichern deiner Karte</translation>
    </message>
    <message>
        <source>Prepare &amp;bundle for…</source>
        <translation>&amp;Paket vorbereiten für…</translation>
    </message>
    <message>
        <source>See what will leave, then save an encrypted bundle for a partner</source>
        <translation>Sehen, was hinausgeht, und dann ein verschlüsseltes Paket für einen Partner speichern</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>Paket &amp;importieren…</translation>
    </message>
    <message>
        <source>Check a bundle from a partner, then import it into your inbox</source>
        <translation>Ein Paket von einem Partner prüfen und dann in deinen Posteingang importieren</translation>
    </message>
    <message>
        <source>Import &amp;notes…</source>
        <translation>&amp;Notizen importieren…</translation>
    </message>
    <message>
        <source>Bring in notes from Day One, jrnl or a folder of Markdown files</source>
        <translation>Notizen aus Day One, jrnl oder einem Ordner mit Markdown-Dateien hereinholen</translation>
    </message>
    <message>
        <source>E&amp;xport notes…</source>
        <translation>Notizen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write entries out as PDF, Markdown or JSON (not encrypted)</source>
        <translation>Einträge als PDF, Markdown oder JSON hinausschreiben (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the open entry, or save it as a PDF (Ctrl+P)</source>
        <translation>Den geöffneten Eintrag drucken oder als PDF speichern (Strg+P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New entry of kind</source>
        <translation>Neuer Eintrag der Art</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>WinsModel</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>%1 · a step of a protected goal</source>
        <translation>%1 · ein Schritt eines geschützten Ziels</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Entry editor</source>
        <translation>Eintragseditor</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
</context>
<context>
    <name>WorkspaceNotices</name>
    <message>
        <source>Hide them now</source>
        <translation>Jetzt verbergen</translation>
    </message>
    <message>
        <source>Backup settings…</source>
        <translation>Sicherungseinstellungen…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>You opened this vault with your recovery key. If you no longer know your passphrase, set a new one now.</source>
        <translation>Du hast diesen Tresor mit deinem Wiederherstellungsschlüssel geöffnet. Wenn du deine Passphrase nicht mehr weißt, leg jetzt eine neue fest.</translation>
    </message>
    <message>
        <source>Set a new passphrase…</source>
        <translation>Neue Passphrase festlegen…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>I restored this older copy on purpose</source>
        <translation>Ich habe diese ältere Kopie absichtlich wiederhergestellt</translation>
    </message>
    <message>
        <source>This older copy is the one I want; stop warning</source>
        <translation>Diese ältere Kopie ist die, die ich will; nicht mehr warnen</translation>
    </message>
    <message>
        <source>Someone may have replaced my vault</source>
        <translation>Jemand hat vielleicht meinen Tresor ersetzt</translation>
    </message>
    <message>
        <source>I did not do this; show what to do</source>
        <translation>Das war ich nicht; zeigen, was zu tun ist</translation>
    </message>
    <message>
        <source>Demo vault: everything here is made up and is deleted when you quit. Its passphrase is &quot;%1&quot;.</source>
        <translation>Demo-Tresor: Alles hier ist erfunden und wird beim Beenden gelöscht. Seine Passphrase lautet „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Protected entries are shown for %n minutes after you enter your passphrase.</source>
        <translation>
            <numerusform>Geschützte Einträge werden nach Eingabe deiner Passphrase %n Minute lang gezeigt.</numerusform>
            <numerusform>Geschützte Einträge werden nach Eingabe deiner Passphrase %n Minuten lang gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still hidden</source>
        <translation>Weiterhin verborgen</translation>
    </message>
    <message>
        <source>That is not the passphrase of this vault, so protected entries stay hidden. Try again.</source>
        <translation>Das ist nicht die Passphrase dieses Tresors, daher bleiben geschützte Einträge verborgen. Versuch es noch einmal.</translation>
    </message>
    <message>
        <source>This vault is older than the copy this computer last opened in this folder, so entries written since may be missing. Did you put back an older copy yourself?</source>
        <translation>Dieser Tresor ist älter als die Kopie, die dieser Computer zuletzt in diesem Ordner geöffnet hat; seither geschriebene Einträge fehlen also vielleicht. Hast du selbst eine ältere Kopie zurückgespielt?</translation>
    </message>
    <message>
        <source>This folder holds a different copy of this vault than the one this computer last opened here (a restored backup or a copy put in its place), so entries written since may be missing. Did you do this yourself?</source>
        <translation>Dieser Ordner enthält eine andere Kopie dieses Tresors als die, die dieser Computer hier zuletzt geöffnet hat (eine wiederhergestellte Sicherung oder eine an ihre Stelle gelegte Kopie); seither geschriebene Einträge fehlen also vielleicht. Warst du das selbst?</translation>
    </message>
    <message>
        <source>This computer&apos;s record for this vault folder does not match this copy: it may have been put back to an older copy, or the record was changed. Did you put back an older copy yourself?</source>
        <translation>Die Aufzeichnung dieses Computers zu diesem Tresorordner passt nicht zu dieser Kopie: Vielleicht wurde eine ältere Kopie zurückgespielt, oder die Aufzeichnung wurde geändert. Hast du selbst eine ältere Kopie zurückgespielt?</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was du jetzt tun kannst</translation>
    </message>
    <message>
        <source>The warning is cleared, and this copy is now the one this computer expects here.

1. Look for entries you remember writing that are missing.
2. Compare with your backups: Settings, Backups, Restore a backup… restores one into a new folder, so you can check it beside this one.
3. Someone who could replace the folder may have copied it too: change your passphrase (Settings, Passphrase), and keep your recovery key somewhere safe.</source>
        <translation>Die Warnung ist aufgehoben, und diese Kopie ist jetzt die, die dieser Computer hier erwartet.

1. Such nach Einträgen, die du in Erinnerung hast, die aber fehlen.
2. Vergleiche mit deinen Sicherungen: Einstellungen, Sicherungen, Sicherung wiederherstellen… stellt eine in einem neuen Ordner wieder her, sodass du sie neben diesem Tresor prüfen kannst.
3. Wer den Ordner ersetzen konnte, hat ihn vielleicht auch kopiert: Ändere deine Passphrase (Einstellungen, Passphrase) und bewahre deinen Wiederherstellungsschlüssel sicher auf.</translation>
    </message>
    <message>
        <source>Your newest automatic backup is %1.</source>
        <translation>Deine neueste automatische Sicherung ist %1.</translation>
    </message>
    <message>
        <source>The passphrase slot in this vault&apos;s key file is damaged or was changed outside MentorVault, so it was set aside. Set a new passphrase in Settings to replace it.</source>
        <translation>Das Passphrase-Fach in der Schlüsseldatei dieses Tresors ist beschädigt oder wurde außerhalb von MentorVault geändert und wurde daher beiseitegelegt. Lege in den Einstellungen eine neue Passphrase fest, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>A slot in this vault&apos;s key file is damaged or was changed outside MentorVault, so it was set aside. The vault unlocked with the others.</source>
        <translation>Ein Fach in der Schlüsseldatei dieses Tresors ist beschädigt oder wurde außerhalb von MentorVault geändert und wurde daher beiseitegelegt. Der Tresor wurde mit den anderen entsperrt.</translation>
    </message>
    <message>
        <source>Automatic backup: %1 Your earlier backups are kept, and MentorVault tries again the next time you unlock.</source>
        <translation>Automatische Sicherung: %1 Deine früheren Sicherungen bleiben erhalten, und MentorVault versucht es beim nächsten Entsperren erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Protected entries are visible for about %n more minutes.</source>
        <translation>
            <numerusform>Geschützte Einträge sind noch etwa %n Minute sichtbar.</numerusform>
            <numerusform>Geschützte Einträge sind noch etwa %n Minuten sichtbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Closable</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>_ItemRow</name>
    <message>
        <source>Remove this item</source>
        <translation>Diesen Punkt entfernen</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>My partner</source>
        <translation>Mein Partner</translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation>Wir beide</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Situation, behaviour, impact</source>
        <translation>Situation, Verhalten, Wirkung</translation>
    </message>
    <message>
        <source>Start, stop, continue</source>
        <translation>Anfangen, aufhören, weitermachen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Agreed by both</source>
        <translation>Von beiden angenommen</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>Session note</source>
        <translation>Sitzungsnotiz</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Sitzungsnotizen</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Sitzungsdatum</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>What each of you brought to talk about.</source>
        <translation>Was jede und jeder von euch besprechen wollte.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Vorgeschlagen von</translation>
    </message>
    <message>
        <source>What we talked about</source>
        <translation>Worüber wir sprachen</translation>
    </message>
    <message>
        <source>What I heard</source>
        <translation>Was ich gehört habe</translation>
    </message>
    <message>
        <source>Put the other person&apos;s main point in your own words, to check you understood it.</source>
        <translation>Gib den Hauptpunkt der anderen Person in deinen eigenen Worten wieder, um zu prüfen, ob du ihn verstanden hast.</translation>
    </message>
    <message>
        <source>My reflections</source>
        <translation>Meine Gedanken</translation>
    </message>
    <message>
        <source>Small steps agreed</source>
        <translation>Vereinbarte Schritte</translation>
    </message>
    <message>
        <source>Little actions to try before the next meeting.</source>
        <translation>Kleine Dinge, die du bis zum nächsten Treffen ausprobierst.</translation>
    </message>
    <message>
        <source>Mood (1 to 5)</source>
        <translation>Stimmung (1 bis 5)</translation>
    </message>
    <message>
        <source>Energy (1 to 5)</source>
        <translation>Energie (1 bis 5)</translation>
    </message>
    <message>
        <source>Struggle story</source>
        <translation>Hürde</translation>
    </message>
    <message>
        <source>Struggle stories</source>
        <translation>Hürden</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Die Situation</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Was ich gelernt habe</translation>
    </message>
    <message>
        <source>What I would do differently</source>
        <translation>Was ich anders machen würde</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Erhalten am</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Situation-behaviour-impact, or start / stop / continue.</source>
        <translation>Situation–Verhalten–Wirkung oder anfangen / aufhören / weitermachen.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Start doing</source>
        <translation>Anfangen mit</translation>
    </message>
    <message>
        <source>Stop doing</source>
        <translation>Aufhören mit</translation>
    </message>
    <message>
        <source>Keep doing</source>
        <translation>Weitermachen mit</translation>
    </message>
    <message>
        <source>The feedback in your own words, so you can check it with the giver.</source>
        <translation>Das Feedback in deinen eigenen Worten, damit du es mit der Person abgleichen kannst, die es gegeben hat.</translation>
    </message>
    <message>
        <source>My reflection</source>
        <translation>Meine Reflexion</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Was ich tun werde</translation>
    </message>
    <message>
        <source>Boundary agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Boundary agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>How often we meet or talk</source>
        <translation>Wie oft wir uns treffen oder sprechen</translation>
    </message>
    <message>
        <source>Preferred ways to get in touch</source>
        <translation>Bevorzugte Wege, uns zu erreichen</translation>
    </message>
    <message>
        <source>Expected response time</source>
        <translation>Erwartete Antwortzeit</translation>
    </message>
    <message>
        <source>Topics we keep out</source>
        <translation>Themen, die wir auslassen</translation>
    </message>
    <message>
        <source>Subjects either of you prefers not to discuss.</source>
        <translation>Themen, über die eine oder einer von euch lieber nicht spricht.</translation>
    </message>
    <message>
        <source>What stays between us</source>
        <translation>Was unter uns bleibt</translation>
    </message>
    <message>
        <source>How we raise unmet expectations</source>
        <translation>Wie wir unerfüllte Erwartungen ansprechen</translation>
    </message>
    <message>
        <source>How either of us can end this</source>
        <translation>Wie jede Seite das beenden kann</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Überprüfen am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>How I will know I got there</source>
        <translation>Woran ich merke, dass ich es geschafft habe</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Small steps</source>
        <translation>Kleine Schritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Fortschritt (%)</translation>
    </message>
    <message>
        <source>Leave empty to count finished steps.</source>
        <translation>Leer lassen, um erledigte Schritte zu zählen.</translation>
    </message>
    <message>
        <source>Agendas</source>
        <translation>Agenden</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Datum des Treffens</translation>
    </message>
    <message>
        <source>Things I want to raise</source>
        <translation>Was ich ansprechen möchte</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Fragenset</translation>
    </message>
    <message>
        <source>My answer</source>
        <translation>Meine Antwort</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Dankbarkeit</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Was die Person getan hat</translation>
    </message>
    <message>
        <source>What it meant to me</source>
        <translation>Was es mir bedeutet hat</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Link or reference</source>
        <translation>Link oder Quelle</translation>
    </message>
    <message>
        <source>Why it helped</source>
        <translation>Warum es geholfen hat</translation>
    </message>
</context>
<context>
    <name>mentor types</name>
    <message>
        <source>Advisor</source>
        <translation>Ratgeber</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>Affirmer</source>
        <translation>Bestärker</translation>
    </message>
    <message>
        <source>Challenger</source>
        <translation>Herausforderer</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Netzwerker</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Förderer</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>My mentor</source>
        <translation>Mein Mentor</translation>
    </message>
    <message>
        <source>My mentee</source>
        <translation>Mein Mentee</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
</context>
</TS>
