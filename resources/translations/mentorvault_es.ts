<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MentorVault</source>
        <translation>Acerca de MentorVault</translation>
    </message>
    <message>
        <source>MentorVault %1</source>
        <translation>MentorVault %1</translation>
    </message>
    <message>
        <source>Private, encrypted reflective practice for mentors and mentees, with per-entry consent. Licence: %1.</source>
        <translation>Práctica reflexiva privada y cifrada para mentores y mentorados, con consentimiento entrada por entrada. Licencia: %1.</translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2, Python %3</source>
        <translation>Qt %1, PySide6 %2, Python %3</translation>
    </message>
    <message>
        <source>Built with these libraries:</source>
        <translation>Creado con estas bibliotecas:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Bibliotecas y sus licencias</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Añadir un archivo…</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Añadir un archivo</translation>
    </message>
    <message>
        <source>Attach a file to this entry; it is stored encrypted in the vault. You can also drop files here.</source>
        <translation>Adjunta un archivo a esta entrada; se guarda cifrado en la bóveda. También puedes soltar archivos aquí.</translation>
    </message>
    <message>
        <source>Drop files here, or use Add a file…</source>
        <translation>Suelta archivos aquí o usa «Añadir un archivo…»</translation>
    </message>
    <message>
        <source>Enter opens the attachment; the context menu saves a copy or removes it</source>
        <translation>Intro abre el adjunto; el menú contextual guarda una copia o lo quita</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Open with…</source>
        <translation>Abrir con…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Guardar una copia de %1</translation>
    </message>
    <message>
        <source>The copy is not encrypted</source>
        <translation>La copia no está cifrada</translation>
    </message>
    <message>
        <source>The copy at %1 will not be encrypted: anyone who can open that file can read it.</source>
        <translation>La copia en %1 no estará cifrada: cualquiera que pueda abrir ese archivo podrá leerla.</translation>
    </message>
    <message>
        <source>Save the copy</source>
        <translation>Guardar la copia</translation>
    </message>
    <message>
        <source>Remove the attachment?</source>
        <translation>¿Quitar el adjunto?</translation>
    </message>
    <message>
        <source>Remove %1 from this entry? Older versions of the entry keep it until the entry is deleted.</source>
        <translation>¿Quitar %1 de esta entrada? Las versiones anteriores de la entrada lo conservan hasta que se elimine la entrada.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
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
            <numerusform>Se escribió una copia nueva, %1, y se quitó una copia anterior.</numerusform>
            <numerusform>Se escribió una copia nueva, %1, y se quitaron %n copias anteriores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Establecer una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>You opened this vault with your recovery key, so the old passphrase is not needed. The vault itself is not re-encrypted, and your recovery key keeps working.</source>
        <translation>Abriste esta bóveda con tu clave de recuperación, así que no hace falta la frase de contraseña anterior. La bóveda en sí no se vuelve a cifrar, y tu clave de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>The vault itself is not re-encrypted; only the key that opens it is. Your recovery key keeps working, and backups made before still open with the old passphrase.</source>
        <translation>La bóveda en sí no se vuelve a cifrar; solo la clave que la abre. Tu clave de recuperación sigue funcionando, y las copias hechas antes se siguen abriendo con la frase de contraseña anterior.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>&amp;Current:</source>
        <translation>&amp;Actual:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Nueva:</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repite la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;My passphrase may be known to someone</source>
        <translation>&amp;Quizá alguien conozca mi frase de contraseña</translation>
    </message>
    <message>
        <source>My passphrase may be known to someone</source>
        <translation>Quizá alguien conozca mi frase de contraseña</translation>
    </message>
    <message>
        <source>Also give the vault a new key, so the old passphrase no longer opens it</source>
        <translation>Dar también una clave nueva a la bóveda, para que la frase de contraseña anterior ya no la abra</translation>
    </message>
    <message>
        <source>MentorVault will also give the vault a new key and re-encrypt it, so the old passphrase no longer opens it, and you get a new recovery key to write down. Backups made before still open with the old passphrase and show only what the vault held when they were made.</source>
        <translation>MentorVault también dará una clave nueva a la bóveda y la volverá a cifrar, así que la frase de contraseña anterior ya no la abrirá, y recibirás una clave de recuperación nueva para anotar. Las copias hechas antes se siguen abriendo con la frase de contraseña anterior y solo muestran lo que contenía la bóveda cuando se hicieron.</translation>
    </message>
    <message>
        <source>Also replace my &amp;backups with one fresh backup</source>
        <translation>Sustituir también mis &amp;copias por una sola copia nueva</translation>
    </message>
    <message>
        <source>Replace my backups with one fresh backup</source>
        <translation>Sustituir mis copias por una sola copia nueva</translation>
    </message>
    <message>
        <source>Removes the backups that still open with the old passphrase</source>
        <translation>Quita las copias que aún se abren con la frase de contraseña anterior</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Establecer frase de contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Change passphrase and key</source>
        <translation>Cambiar la frase de contraseña y la clave</translation>
    </message>
    <message>
        <source>Wrapping the new key for your new passphrase…</source>
        <translation>Cifrando la clave nueva con tu nueva frase de contraseña…</translation>
    </message>
    <message>
        <source>Re-encrypting the vault with its new key…</source>
        <translation>Volviendo a cifrar la bóveda con su clave nueva…</translation>
    </message>
    <message>
        <source>Switching to the new key…</source>
        <translation>Cambiando a la clave nueva…</translation>
    </message>
    <message>
        <source>Writing a fresh backup and removing the older ones…</source>
        <translation>Escribiendo una copia nueva y quitando las anteriores…</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Escribe tu frase de contraseña actual.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Las dos frases nuevas no coinciden.</translation>
    </message>
    <message>
        <source>That passphrase is too weak. Follow the advice below it.</source>
        <translation>Esa frase de contraseña es demasiado débil. Sigue los consejos que aparecen debajo.</translation>
    </message>
    <message>
        <source>Checking and changing the passphrase…</source>
        <translation>Comprobando y cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <source>That is not the current passphrase.</source>
        <translation>Esa no es la frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Checking the current passphrase…</source>
        <translation>Comprobando la frase de contraseña actual…</translation>
    </message>
    <message>
        <source>Giving the vault a new key</source>
        <translation>Dando una clave nueva a la bóveda</translation>
    </message>
</context>
<context>
    <name>CreateVaultView</name>
    <message>
        <source>Create your vault</source>
        <translation>Crea tu bóveda</translation>
    </message>
    <message>
        <source>Your vault is encrypted with a passphrase only you know. Nobody, including the makers of MentorVault, can open it without the passphrase or the recovery key you will see next.</source>
        <translation>Tu bóveda se cifra con una frase de contraseña que solo tú conoces. Nadie, ni siquiera quienes crearon MentorVault, puede abrirla sin esa frase o sin la clave de recuperación que verás a continuación.</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <source>An empty or new folder for the vault</source>
        <translation>Una carpeta vacía o nueva para la bóveda</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Elige la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>How your partners will see you</source>
        <translation>Así te verán tus compañeros</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your name goes on the contact card you give partners. You can change it later in Settings.</source>
        <translation>Tu nombre aparece en la tarjeta de contacto que das a tus compañeros. Puedes cambiarlo más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>On the contact card you give partners. Optional; Settings changes it.</source>
        <translation>Aparece en la tarjeta de contacto que das a tus compañeros. Opcional; se cambia en Ajustes.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Al menos 10 caracteres</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <source>Type the same passphrase again</source>
        <translation>Escribe de nuevo la misma frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crear bóveda</translation>
    </message>
    <message>
        <source>Choose an empty folder for the vault</source>
        <translation>Elige una carpeta vacía para la bóveda</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Las dos frases de contraseña coinciden.</translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation>Las dos frases de contraseña aún no coinciden.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Las dos frases de contraseña no coinciden. Escribe la misma frase dos veces.</translation>
    </message>
    <message>
        <source>That passphrase is too weak. Follow the advice below it.</source>
        <translation>Esa frase de contraseña es demasiado débil. Sigue los consejos que aparecen debajo.</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>Elige una carpeta para la bóveda.</translation>
    </message>
    <message>
        <source>Creating the vault and deriving its key…</source>
        <translation>Creando la bóveda y derivando su clave…</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only now. Write it down on paper, or save or print it, and keep it somewhere safe away from this computer.</source>
        <translation>Si alguna vez olvidas tu frase de contraseña, esta clave es la única forma de volver a entrar en tu bóveda. Solo se muestra ahora. Anótala en papel, o guárdala o imprímela, y consérvala en un lugar seguro, lejos de este equipo.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Guardar en un archivo…</translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation>Guardar la clave de recuperación en un archivo</translation>
    </message>
    <message>
        <source>Keep the file somewhere other than this computer, such as a USB stick in a drawer</source>
        <translation>Guarda el archivo fuera de este equipo, por ejemplo en una memoria USB dentro de un cajón</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <source>I have written it down or stored it somewhere safe</source>
        <translation>La he anotado o guardado en un lugar seguro</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation>He anotado la clave de recuperación</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>MentorVault recovery key</source>
        <translation>Clave de recuperación de MentorVault</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Carpeta de la bóveda: %1</translation>
    </message>
    <message>
        <source>This key unlocks the vault if the passphrase is forgotten. Keep it private and safe.</source>
        <translation>Esta clave desbloquea la bóveda si se olvida la frase de contraseña. Mantenla en privado y a salvo.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The recovery key could not be saved there (%1). Pick another place, or write it down.</source>
        <translation>No se pudo guardar la clave de recuperación ahí (%1). Elige otro lugar o anótala.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardada en %1.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviada a la impresora.</translation>
    </message>
    <message>
        <source>Remember this vault on this computer?</source>
        <translation>¿Recordar esta bóveda en este equipo?</translation>
    </message>
    <message>
        <source>MentorVault can keep a key for this vault in your system keyring, so you can unlock it here without typing the passphrase. Anyone who can log in as you on this computer could then open it too. You can change this later in Settings.</source>
        <translation>MentorVault puede guardar una clave de esta bóveda en el llavero del sistema, para que la desbloquees aquí sin escribir la frase de contraseña. Cualquiera que pueda iniciar sesión como tú en este equipo también podría abrirla. Puedes cambiarlo más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Do not remember this device</source>
        <translation>No recordar este dispositivo</translation>
    </message>
    <message>
        <source>&amp;Remember this computer</source>
        <translation>&amp;Recordar este equipo</translation>
    </message>
    <message>
        <source>Storing the key in the system keyring…</source>
        <translation>Guardando la clave en el llavero del sistema…</translation>
    </message>
    <message>
        <source>You can continue without it.</source>
        <translation>Puedes continuar sin ello.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Add a date</source>
        <translation>Añadir una fecha</translation>
    </message>
    <message>
        <source>Add a date: %1</source>
        <translation>Añadir una fecha: %1</translation>
    </message>
    <message>
        <source>Remove the date: %1</source>
        <translation>Quitar la fecha: %1</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format: a QDate pattern, month abbreviated</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>date and time format: a QDateTime pattern</comment>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message numerus="yes">
        <source>Next meeting due %1, in %n days.</source>
        <translation>
            <numerusform>Próxima reunión prevista el %1, dentro de %n día.</numerusform>
            <numerusform>Próxima reunión prevista el %1, dentro de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next meeting due tomorrow, %1.</source>
        <translation>Próxima reunión prevista mañana, %1.</translation>
    </message>
    <message>
        <source>Next meeting due today.</source>
        <translation>Próxima reunión prevista hoy.</translation>
    </message>
    <message numerus="yes">
        <source>A meeting was due %1, %n days ago. Time to get in touch?</source>
        <translation>
            <numerusform>Había una reunión prevista el %1, hace %n día. ¿Es buen momento para escribir?</numerusform>
            <numerusform>Había una reunión prevista el %1, hace %n días. ¿Es buen momento para escribir?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next meeting with %1 due %2, in %n days.</source>
        <translation>
            <numerusform>Próxima reunión con %1 prevista el %2, dentro de %n día.</numerusform>
            <numerusform>Próxima reunión con %1 prevista el %2, dentro de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next meeting with %1 due tomorrow, %2.</source>
        <translation>Próxima reunión con %1 prevista mañana, %2.</translation>
    </message>
    <message>
        <source>Next meeting with %1 due today.</source>
        <translation>Próxima reunión con %1 prevista hoy.</translation>
    </message>
    <message numerus="yes">
        <source>A meeting with %1 was due %2, %n days ago. Time to get in touch?</source>
        <translation>
            <numerusform>Había una reunión con %1 prevista el %2, hace %n día. ¿Es buen momento para escribir?</numerusform>
            <numerusform>Había una reunión con %1 prevista el %2, hace %n días. ¿Es buen momento para escribir?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>meets every %n days</source>
        <translation>
            <numerusform>se reúnen cada día</numerusform>
            <numerusform>se reúnen cada %n días</numerusform>
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
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DocumentationDialog</name>
    <message>
        <source>MentorVault documentation</source>
        <translation>Documentación de MentorVault</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <source>The documentation was not found next to the program. It is the README of MentorVault&apos;s source code.</source>
        <translation>No se encontró la documentación junto al programa. Es el README del código fuente de MentorVault.</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>Save state</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protegida</translation>
    </message>
    <message>
        <source>Protected entry</source>
        <translation>Entrada protegida</translation>
    </message>
    <message>
        <source>Hide this entry&apos;s title and contents in lists and search until the passphrase is entered</source>
        <translation>Ocultar el título y el contenido de esta entrada en listas y búsquedas hasta que se escriba la frase de contraseña</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Compartir…</translation>
    </message>
    <message>
        <source>Choose which partners may see this entry, with an exact preview</source>
        <translation>Elige qué compañeros pueden ver esta entrada, con una vista previa exacta</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Earlier versions of this entry</source>
        <translation>Versiones anteriores de esta entrada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Eliminar esta entrada</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartida</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardada: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation>Nueva, aún sin guardar</translation>
    </message>
</context>
<context>
    <name>EndRelationshipDialog</name>
    <message>
        <source>End the relationship with %1</source>
        <translation>Terminar la relación con %1</translation>
    </message>
    <message>
        <source>Mentoring relationships end, and that is fine. This closes yours with %1 gently. Your own entries stay in your vault; nothing of yours is deleted.</source>
        <translation>Las relaciones de mentoría terminan, y está bien. Esto cierra con calma la tuya con %1. Tus propias entradas se quedan en tu bóveda; no se elimina nada tuyo.</translation>
    </message>
    <message>
        <source>Save an end-of-cycle summary (PDF)…</source>
        <translation>Guardar un resumen de fin de ciclo (PDF)…</translation>
    </message>
    <message>
        <source>End-of-cycle summary</source>
        <translation>Resumen de fin de ciclo</translation>
    </message>
    <message>
        <source>Goals reached, wins and feedback received, with dates, as a PDF: before what they shared is wiped</source>
        <translation>Objetivos alcanzados, logros y comentarios recibidos, con fechas, en un PDF: antes de borrar lo que compartió</translation>
    </message>
    <message>
        <source>A closing note (optional)</source>
        <translation>Una nota de cierre (opcional)</translation>
    </message>
    <message>
        <source>A few words of thanks, saved as a gratitude entry and shared with %1 in the final bundle.</source>
        <translation>Unas palabras de agradecimiento, guardadas como entrada de gratitud y compartidas con %1 en el paquete final.</translation>
    </message>
    <message>
        <source>What this relationship meant to you…</source>
        <translation>Lo que esta relación significó para ti…</translation>
    </message>
    <message>
        <source>Closing gratitude note</source>
        <translation>Nota de agradecimiento de cierre</translation>
    </message>
    <message>
        <source>What you shared</source>
        <translation>Lo que compartiste</translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing everything with %1 (%n entries)</source>
        <translation>
            <numerusform>Dejar de compartir todo con %1 (%n entrada)</numerusform>
            <numerusform>Dejar de compartir todo con %1 (%n entradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sharing everything</source>
        <translation>Dejar de compartir todo</translation>
    </message>
    <message>
        <source>Their app will be asked to delete its copies once it imports your final bundle; a copy they already read cannot be taken back.</source>
        <translation>Se pedirá a su aplicación que elimine sus copias en cuanto importe tu paquete final; una copia que ya se leyó no se puede recuperar.</translation>
    </message>
    <message>
        <source>A final bundle (optional)</source>
        <translation>Un paquete final (opcional)</translation>
    </message>
    <message>
        <source>Make a final bundle for %1</source>
        <translation>Crear un paquete final para %1</translation>
    </message>
    <message>
        <source>Make a final bundle</source>
        <translation>Crear un paquete final</translation>
    </message>
    <message>
        <source>It carries the requests to delete and your closing note. Without it, their app keeps its copies.</source>
        <translation>Lleva las solicitudes de eliminación y tu nota de cierre. Sin él, su aplicación conserva sus copias.</translation>
    </message>
    <message>
        <source>Their card is not verified, so no bundle can be made for them.</source>
        <translation>Su tarjeta no está verificada, así que no se puede crear un paquete para esa persona.</translation>
    </message>
    <message>
        <source>Choose where to save it</source>
        <translation>Elige dónde guardarlo</translation>
    </message>
    <message>
        <source>Final bundle file</source>
        <translation>Archivo del paquete final</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose where to save the final bundle</source>
        <translation>Elige dónde guardar el paquete final</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Your passphrase confirms the final bundle</source>
        <translation>Tu frase de contraseña confirma el paquete final</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Después</translation>
    </message>
    <message numerus="yes">
        <source>• %1 is archived: they leave the sidebar, and their bundles are no longer accepted.
• What %1 shared with you (%n entries in your inbox) is wiped from this vault.</source>
        <translation>
            <numerusform>• %1 se archiva: desaparece de la barra lateral y ya no se aceptan sus paquetes.
• Lo que %1 compartió contigo (%n entrada en tu bandeja de entrada) se borra de esta bóveda.</numerusform>
            <numerusform>• %1 se archiva: desaparece de la barra lateral y ya no se aceptan sus paquetes.
• Lo que %1 compartió contigo (%n entradas en tu bandeja de entrada) se borra de esta bóveda.</numerusform>
        </translation>
    </message>
    <message>
        <source>End the relationship</source>
        <translation>Terminar la relación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save the final bundle</source>
        <translation>Guardar el paquete final</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>Save the entry first; only a saved version can be shared.</source>
        <translation>Guarda primero la entrada; solo se puede compartir una versión guardada.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>¿Eliminar esta entrada?</translation>
    </message>
    <message>
        <source>The entry and all its earlier versions will be removed from the vault. Backups made before now still hold it until newer ones replace them; to drop them now, use Replace all backups in Settings.</source>
        <translation>La entrada y todas sus versiones anteriores se eliminarán de la bóveda. Las copias hechas hasta ahora la siguen conteniendo hasta que otras más nuevas las sustituyan; para descartarlas ya, usa Sustituir todas las copias en Ajustes.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Entry editor</source>
        <translation>Editor de entradas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>A short title for this entry</source>
        <translation>Un título breve para esta entrada</translation>
    </message>
    <message>
        <source>Not saved yet: give it a title.</source>
        <translation>Aún sin guardar: ponle un título.</translation>
    </message>
    <message>
        <source>Not saved yet: fill in %1.</source>
        <translation>Aún sin guardar: rellena %1.</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Aún sin guardar: %1</translation>
    </message>
    <message>
        <source>Pick an entry from the list, or press Ctrl+N to write a new one.</source>
        <translation>Elige una entrada de la lista o pulsa Ctrl+N para escribir una nueva.</translation>
    </message>
</context>
<context>
    <name>EntryForms</name>
    <message>
        <source>No prompt</source>
        <translation>Ninguna pregunta</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Protected entry</source>
        <translation>Entrada protegida</translation>
    </message>
    <message>
        <source>Hidden until you enter your passphrase</source>
        <translation>Oculto hasta que escribas tu frase de contraseña</translation>
    </message>
</context>
<context>
    <name>EntryListPage</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Write a new entry of any kind</source>
        <translation>Escribir una nueva entrada de cualquier tipo</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Newest first. Choose one to open it in the editor.</source>
        <translation>Las más recientes primero. Elige una para abrirla en el editor.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Crear %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 entries</source>
        <translation>
            <numerusform>%1 entrada</numerusform>
            <numerusform>%1 entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>Nothing here yet. Write the first one with the button below, or press Ctrl+N.</source>
        <translation>Aún no hay nada aquí. Escribe la primera entrada con el botón de abajo, o pulsa Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>EntryMetaRow</name>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Compañero:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Compañero</translation>
    </message>
    <message>
        <source>The mentoring relationship this entry belongs to</source>
        <translation>La relación de mentoría a la que pertenece esta entrada</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. confidence, critique</source>
        <translation>Separadas por comas, p. ej. confianza, crítica</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Words to group entries by, separated by commas</source>
        <translation>Palabras para agrupar entradas, separadas por comas</translation>
    </message>
    <message>
        <source>No partner</source>
        <translation>Sin compañero</translation>
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
        <translation>Lo sentimos</translation>
    </message>
    <message>
        <source>That passphrase does not unlock this vault. Check it (and Caps Lock) and try again, or unlock with your recovery key.</source>
        <translation>Esa frase de contraseña no desbloquea esta bóveda. Revísala (y las mayúsculas) e inténtalo de nuevo, o desbloquea con tu clave de recuperación.</translation>
    </message>
    <message>
        <source>That recovery key does not unlock this vault. Check each group of characters and try again.</source>
        <translation>Esa clave de recuperación no desbloquea esta bóveda. Revisa cada grupo de caracteres e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>There is no vault in that folder. Pick another folder, or create a new vault.</source>
        <translation>No hay ninguna bóveda en esa carpeta. Elige otra carpeta o crea una bóveda nueva.</translation>
    </message>
    <message>
        <source>A contact card carries your name. Type it in the Name field, then save the card again.</source>
        <translation>Una tarjeta de contacto lleva tu nombre. Escríbelo en el campo Nombre y vuelve a guardar la tarjeta.</translation>
    </message>
    <message>
        <source>This vault is already open in another MentorVault window or command. Close that one first, then try again.</source>
        <translation>Esta bóveda ya está abierta en otra ventana u orden de MentorVault. Ciérrala primero e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That entry is no longer in the vault. It may have been deleted.</source>
        <translation>Esa entrada ya no está en la bóveda. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>That version of the entry is no longer in the vault.</source>
        <translation>Esa versión de la entrada ya no está en la bóveda.</translation>
    </message>
    <message>
        <source>There is no partner by that name. Check the spelling, or add them with Add a partner….</source>
        <translation>No hay ningún compañero con ese nombre. Revisa cómo se escribe, o añádelo con Nuevo compañero….</translation>
    </message>
    <message>
        <source>This device&apos;s remembered key is missing from the keyring. Unlock with your passphrase, then choose Remember on this device again.</source>
        <translation>Falta en el llavero la clave recordada de este dispositivo. Desbloquea con tu frase de contraseña y vuelve a elegir Recordar este equipo.</translation>
    </message>
    <message>
        <source>A passphrase is needed to unlock this vault. Type it, or unlock with your recovery key.</source>
        <translation>Hace falta una frase de contraseña para desbloquear esta bóveda. Escríbela, o desbloquea con tu clave de recuperación.</translation>
    </message>
    <message>
        <source>This device is not remembered for this vault. Unlock with your passphrase.</source>
        <translation>Este dispositivo no se recuerda para esta bóveda. Desbloquea con tu frase de contraseña.</translation>
    </message>
    <message>
        <source>A vault already exists there. Pick an empty folder or a new folder name.</source>
        <translation>Ya hay una bóveda ahí. Elige una carpeta vacía o un nombre de carpeta nuevo.</translation>
    </message>
    <message>
        <source>%1 is not empty. Pick an empty folder or a new folder name for the vault.</source>
        <translation>%1 no está vacía. Elige para la bóveda una carpeta vacía o un nombre de carpeta nuevo.</translation>
    </message>
    <message>
        <source>The vault folder is read-only, so your answer to the rollback warning could not be recorded. Make the folder writable, then answer again.</source>
        <translation>La carpeta de la bóveda es de solo lectura, así que no se pudo guardar tu respuesta al aviso de copia antigua. Permite escribir en la carpeta y responde de nuevo.</translation>
    </message>
    <message>
        <source>There is no rollback warning for this vault on this computer; there is nothing to answer.</source>
        <translation>No hay ningún aviso de copia antigua para esta bóveda en este equipo; no hay nada que responder.</translation>
    </message>
    <message>
        <source>The vault database is damaged, so no backup was made of it (your earlier backups were kept). Choose Restore a backup… to restore the newest good one into a new folder.</source>
        <translation>La base de datos de la bóveda está dañada, así que no se hizo ninguna copia de ella (tus copias anteriores se conservan). Elige Restaurar una copia… para restaurar la más reciente en buen estado en una carpeta nueva.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or belongs to another vault. Nothing was changed.</source>
        <translation>El archivo de claves de la bóveda está dañado o pertenece a otra bóveda. No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault database is damaged. Nothing was changed.</source>
        <translation>La base de datos de la bóveda está dañada. No se cambió nada.</translation>
    </message>
    <message>
        <source>A slot in that backup&apos;s key file is damaged or was changed, so it cannot be used; nothing was restored. Try the backup with your recovery key (or passphrase) instead, or another backup.</source>
        <translation>Una ranura del archivo de claves de esa copia está dañada o se cambió, así que no se puede usar; no se restauró nada. Prueba esa copia con tu clave de recuperación (o tu frase de contraseña), o prueba otra copia.</translation>
    </message>
    <message>
        <source>That file is not a MentorVault backup or it is damaged. Nothing was restored. Try another backup file.</source>
        <translation>Ese archivo no es una copia de MentorVault o está dañado. No se restauró nada. Prueba otro archivo de copia.</translation>
    </message>
    <message>
        <source>Pick the partner&apos;s role from the list.</source>
        <translation>Elige el rol del compañero en la lista.</translation>
    </message>
    <message>
        <source>Pick the kind of mentoring from the list.</source>
        <translation>Elige el tipo de mentoría en la lista.</translation>
    </message>
    <message>
        <source>The meeting rhythm is a number of days from 1 to 366. Change it, then save again.</source>
        <translation>El ritmo de reuniones es un número de días de 1 a 366. Cámbialo y vuelve a guardar.</translation>
    </message>
    <message>
        <source>A partner&apos;s name must be 1 to 80 characters, without control, invisible or direction-changing characters. Change the name, then save again.</source>
        <translation>El nombre de un compañero debe tener de 1 a 80 caracteres, sin caracteres de control, invisibles ni que cambien la dirección del texto. Cambia el nombre y vuelve a guardar.</translation>
    </message>
    <message numerus="yes">
        <source>The personal dictionary is full (%n words). Remove some words in Settings first.</source>
        <translation>
            <numerusform>El diccionario personal está lleno (%n palabra). Quita primero algunas palabras en Ajustes.</numerusform>
            <numerusform>El diccionario personal está lleno (%n palabras). Quita primero algunas palabras en Ajustes.</numerusform>
        </translation>
    </message>
    <message>
        <source>A dictionary word is one word of at most 100 letters. Check the word, then add it again.</source>
        <translation>Una palabra del diccionario es una sola palabra de 100 letras como máximo. Revisa la palabra y vuelve a añadirla.</translation>
    </message>
    <message>
        <source>That value does not fit the setting. Check it in Settings, then try again.</source>
        <translation>Ese valor no encaja con el ajuste. Revísalo en Ajustes e inténtalo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n of these entries belong to your relationship with someone else. In Share…, tick each one you really mean to send; nothing was sent.</source>
        <translation>
            <numerusform>%n de estas entradas pertenece a tu relación con otra persona. En Compartir…, márcala solo si de verdad quieres enviarla; no se envió nada.</numerusform>
            <numerusform>%n de estas entradas pertenecen a tu relación con otra persona. En Compartir…, marca cada una que de verdad quieras enviar; no se envió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be used. Check that its disk is connected, or pick another folder in Backup settings….</source>
        <translation>No se puede usar la carpeta de copias %1. Comprueba que su disco está conectado, o elige otra carpeta en Ajustes de copia….</translation>
    </message>
    <message>
        <source>The entry changed after you reviewed it; nothing was sent. Open Share… again and review it before sharing.</source>
        <translation>La entrada cambió después de que la revisaras; no se envió nada. Abre Compartir… de nuevo y revísala antes de compartirla.</translation>
    </message>
    <message>
        <source>Those words do not match the new card for %1. Nothing was changed; do not trust that card.</source>
        <translation>Esas palabras no coinciden con la tarjeta nueva de %1. No se cambió nada; no confíes en esa tarjeta.</translation>
    </message>
    <message>
        <source>Those words do not match the fingerprint of %1&apos;s card. %1 stays unverified; check the words with them again, in person or on a call.</source>
        <translation>Esas palabras no coinciden con la huella de la tarjeta de %1. %1 sigue sin verificar; compara las palabras otra vez, en persona o en una llamada.</translation>
    </message>
    <message>
        <source>MentorVault cannot write to the vault folder %1. Check its permissions, or copy the vault to a folder you can write to and open it there.</source>
        <translation>MentorVault no puede escribir en la carpeta de la bóveda %1. Revisa sus permisos, o copia la bóveda a una carpeta en la que puedas escribir y ábrela allí.</translation>
    </message>
    <message>
        <source>MentorVault could not create the folder %1. Check that you can write where it goes, or pick another place.</source>
        <translation>MentorVault no pudo crear la carpeta %1. Comprueba que puedes escribir donde va, o elige otro lugar.</translation>
    </message>
    <message>
        <source>The vault folder is no longer at %1: it was moved or deleted while open. Lock the vault and open it from its new place; nothing else was written.</source>
        <translation>La carpeta de la bóveda ya no está en %1: se movió o se borró mientras estaba abierta. Bloquea la bóveda y ábrela desde su nuevo lugar; no se escribió nada más.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it, then try again.</source>
        <translation>La bóveda está bloqueada. Desbloquéala e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That passphrase is too weak. Use at least 10 characters; a few unrelated words work well.</source>
        <translation>Esa frase de contraseña es demasiado débil. Usa al menos 10 caracteres; unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>The record of what was shared has been edited outside MentorVault; its records cannot be trusted. Choose Restore a backup… to restore the vault, and compare digests with your partners.</source>
        <translation>El registro de lo compartido se editó fuera de MentorVault; no se puede confiar en sus registros. Elige Restaurar una copia… para restaurar la bóveda, y compara las palabras de resumen con tus compañeros.</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer, so MentorVault cannot remember this device. Unlock with your passphrase instead.</source>
        <translation>No hay ningún llavero del sistema disponible en este equipo, así que MentorVault no puede recordar este dispositivo. Desbloquea con tu frase de contraseña.</translation>
    </message>
    <message>
        <source>That entry cannot be saved as it is: a field is empty, too long or not in the right form. Check the fields, then save again.</source>
        <translation>Esta entrada no se puede guardar así: un campo está vacío, es demasiado largo o no tiene la forma correcta. Revisa los campos y vuelve a guardar.</translation>
    </message>
    <message>
        <source>MentorVault does not know that kind of entry. Pick a kind from the list, then save again.</source>
        <translation>MentorVault no conoce ese tipo de entrada. Elige un tipo de la lista y vuelve a guardar.</translation>
    </message>
    <message>
        <source>There is already a partner named %1. Pick another name.</source>
        <translation>Ya hay un compañero llamado %1. Elige otro nombre.</translation>
    </message>
    <message>
        <source>MentorVault could not understand that search. Type plain words, &quot;quoted phrases&quot;, a trailing * for prefixes, or AND / OR / NOT between words.</source>
        <translation>MentorVault no entendió esa búsqueda. Escribe palabras sencillas, &quot;frases entre comillas&quot;, un * al final para prefijos, o AND / OR / NOT entre palabras.</translation>
    </message>
    <message>
        <source>That period is not valid. Pick its first day before its last.</source>
        <translation>Ese periodo no es válido. Elige su primer día antes del último.</translation>
    </message>
    <message>
        <source>The backup could not be written; nothing in the vault was changed. Check that the backup folder exists, that you can write to it and that its disk is connected (Backup settings…), then try again.</source>
        <translation>No se pudo escribir la copia; no se cambió nada en la bóveda. Comprueba que la carpeta de copias existe, que puedes escribir en ella y que su disco está conectado (Ajustes de copia…), e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>El disco está lleno. No se guardó nada; libera algo de espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That bundle was refused and nothing was stored: it is damaged, not addressed to you, or not from a partner whose card you verified. Check the partner&apos;s card, or ask them to prepare the bundle again.</source>
        <translation>Ese paquete se rechazó y no se guardó nada: está dañado, no va dirigido a ti o no viene de un compañero cuya tarjeta hayas verificado. Revisa la tarjeta del compañero, o pídele que vuelva a preparar el paquete.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name for the bundle, then try again.</source>
        <translation>%1 es una carpeta. Indica un nombre de archivo para el paquete e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>A file that comes with MentorVault is missing or damaged, so this could not be done. Install MentorVault again; your vault and its entries are not affected.</source>
        <translation>Falta un archivo que viene con MentorVault o está dañado, así que no se pudo hacer. Vuelve a instalar MentorVault; tu bóveda y sus entradas no se ven afectadas.</translation>
    </message>
    <message numerus="yes">
        <source>This bundle would be larger than %n MiB, too large for your partner to import; nothing was written. Share fewer or shorter entries at a time.</source>
        <translation>
            <numerusform>Este paquete ocuparía más de %n MiB, demasiado para que tu compañero lo importe; no se escribió nada. Comparte menos entradas, o más cortas, cada vez.</numerusform>
            <numerusform>Este paquete ocuparía más de %n MiB, demasiado para que tu compañero lo importe; no se escribió nada. Comparte menos entradas, o más cortas, cada vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>You already imported this bundle from %1, or a newer one: it is a replay or an old copy. Nothing was changed.</source>
        <translation>Ya importaste este paquete de %1, o uno más reciente: es una repetición o una copia antigua. No se cambió nada.</translation>
    </message>
    <message>
        <source>Sharing could not be changed, and nothing was sent or revoked. Open Share… again, check the entry and the partners, then try again.</source>
        <translation>No se pudo cambiar el consentimiento, y no se envió ni se revocó nada. Abre Compartir… de nuevo, revisa la entrada y los compañeros, e inténtalo otra vez.</translation>
    </message>
    <message>
        <source>That exchange folder cannot be used. Pick a folder that exists, then try again.</source>
        <translation>Esa carpeta de intercambio no se puede usar. Elige una carpeta que exista e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>%1 has no contact card yet. Choose Add their card… and pick the card file %1 sent you.</source>
        <translation>%1 aún no tiene tarjeta de contacto. Elige Añadir su tarjeta… y escoge el archivo de tarjeta que %1 te envió.</translation>
    </message>
    <message>
        <source>You have not verified %1&apos;s fingerprint yet. Choose Verify their card… and compare the words with %1 in person or on a call.</source>
        <translation>Aún no has verificado la huella de %1. Elige Verificar su tarjeta… y compara las palabras con %1 en persona o en una llamada.</translation>
    </message>
    <message>
        <source>Your relationship with %1 has ended; nothing more is sent to them.</source>
        <translation>Tu relación con %1 ha terminado; ya no se le envía nada más.</translation>
    </message>
    <message>
        <source>Ending your relationship with %1 needs a closing bundle that asks them to remove what you shared; nothing was changed. Choose End this relationship… again and keep the closing bundle.</source>
        <translation>Para terminar tu relación con %1 hace falta un paquete de cierre que le pide quitar lo que compartiste; no se cambió nada. Elige de nuevo Terminar esta relación… y guarda el paquete de cierre.</translation>
    </message>
    <message>
        <source>That contact card is not valid, so it was not added. Ask your partner to save their card again (My contact card…) and send you the file.</source>
        <translation>Esa tarjeta de contacto no es válida, así que no se añadió. Pide a tu compañero que vuelva a guardar su tarjeta (Mi tarjeta de contacto…) y te envíe el archivo.</translation>
    </message>
    <message>
        <source>Warning: this card for %1 has different keys from the one you have. It could be an impostor, or %1 made a new vault. Compare fingerprints with %1 in person or on a call before you choose Verify their card…. Until then nothing from the new keys is accepted.</source>
        <translation>Aviso: esta tarjeta de %1 tiene claves distintas de la que ya tienes. Podría ser una suplantación, o %1 creó una bóveda nueva. Compara las huellas con %1 en persona o en una llamada antes de elegir Verificar su tarjeta…. Hasta entonces no se acepta nada de las claves nuevas.</translation>
    </message>
    <message>
        <source>A file named %1 already exists; the contact card was not written. Pick another file name.</source>
        <translation>Ya existe un archivo llamado %1; la tarjeta de contacto no se escribió. Elige otro nombre de archivo.</translation>
    </message>
    <message>
        <source>There is no setting named %1.</source>
        <translation>No hay ningún ajuste llamado %1.</translation>
    </message>
    <message>
        <source>That attachment name cannot be used. Give a name that is not empty, without slashes or control characters.</source>
        <translation>Ese nombre de adjunto no se puede usar. Dé un nombre que no esté vacío, sin barras ni caracteres de control.</translation>
    </message>
    <message numerus="yes">
        <source>That file is too large to attach: files up to %n MiB can be attached. Nothing was attached.</source>
        <translation>
            <numerusform>Ese archivo es demasiado grande para adjuntarlo: se pueden adjuntar archivos de hasta %n MiB. No se adjuntó nada.</numerusform>
            <numerusform>Ese archivo es demasiado grande para adjuntarlo: se pueden adjuntar archivos de hasta %n MiB. No se adjuntó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The attachment %1 is no longer on this entry.</source>
        <translation>El adjunto %1 ya no está en esta entrada.</translation>
    </message>
    <message>
        <source>The file %1 could not be read, so nothing was attached. Check that it is still there and that you may read it.</source>
        <translation>No se pudo leer el archivo %1, así que no se adjuntó nada. Compruebe que sigue ahí y que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>This computer has no private folder in memory to open the attachment from, so it was not opened. Use Save a copy… instead.</source>
        <translation>Este equipo no tiene una carpeta privada en memoria desde la que abrir el adjunto, así que no se abrió. Usa «Guardar una copia…» en su lugar.</translation>
    </message>
    <message>
        <source>A file named %1 already exists; nothing was written. Pick another file name.</source>
        <translation>Ya existe un archivo llamado %1; no se escribió nada. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>The notes could not be written to %1. Nothing was written.</source>
        <translation>No se pudieron escribir las notas en %1. No se escribió nada.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>An attachment needs a name. Give it one, then try again.</source>
        <translation>Un adjunto necesita un nombre. Póngale uno e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>An attachment name cannot contain a slash or a backslash. Give another name.</source>
        <translation>Un nombre de adjunto no puede contener una barra ni una barra invertida. Dé otro nombre.</translation>
    </message>
    <message>
        <source>That attachment name contains invisible control characters. Give another name.</source>
        <translation>Ese nombre de adjunto contiene caracteres de control invisibles. Dé otro nombre.</translation>
    </message>
    <message>
        <source>An attachment name cannot start with a dot. Give another name.</source>
        <translation>Un nombre de adjunto no puede empezar por un punto. Dé otro nombre.</translation>
    </message>
    <message numerus="yes">
        <source>That attachment name is too long: use at most %n characters.</source>
        <translation>
            <numerusform>Ese nombre de adjunto es demasiado largo: use como máximo %n caracteres.</numerusform>
            <numerusform>Ese nombre de adjunto es demasiado largo: use como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>That file type is not valid. Nothing was attached.</source>
        <translation>Ese tipo de archivo no es válido. No se adjuntó nada.</translation>
    </message>
    <message>
        <source>This attachment is too large to show here. Use Open with… or Save a copy… instead.</source>
        <translation>Este adjunto es demasiado grande para mostrarlo aquí. Use Abrir con… o Guardar una copia… en su lugar.</translation>
    </message>
    <message>
        <source>There is no file %1. Nothing was attached.</source>
        <translation>No existe el archivo %1. No se adjuntó nada.</translation>
    </message>
    <message>
        <source>%1 is a folder or a special file. Pick a file to attach.</source>
        <translation>%1 es una carpeta o un archivo especial. Elija un archivo para adjuntar.</translation>
    </message>
    <message>
        <source>The file %1 could not be read, so nothing was attached. Check that you may read it and that its disk is connected.</source>
        <translation>No se pudo leer el archivo %1, así que no se adjuntó nada. Compruebe que tiene permiso para leerlo y que su disco está conectado.</translation>
    </message>
    <message numerus="yes">
        <source>The attachments of the entries you chose add up to more than %n MiB, more than one bundle can carry; nothing was written. Share fewer of them at a time.</source>
        <translation>
            <numerusform>Los adjuntos de las entradas elegidas suman más de %n MiB, más de lo que cabe en un paquete; no se escribió nada. Comparta menos a la vez.</numerusform>
            <numerusform>Los adjuntos de las entradas elegidas suman más de %n MiB, más de lo que cabe en un paquete; no se escribió nada. Comparta menos a la vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The attachments in this bundle add up to more than %n MiB, more than MentorVault accepts at once; nothing was stored. Ask your partner to share fewer of them at a time.</source>
        <translation>
            <numerusform>Los adjuntos de este paquete suman más de %n MiB, más de lo que MentorVault acepta de una vez; no se guardó nada. Pida a su compañero que comparta menos a la vez.</numerusform>
            <numerusform>Los adjuntos de este paquete suman más de %n MiB, más de lo que MentorVault acepta de una vez; no se guardó nada. Pida a su compañero que comparta menos a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file %1. Choose Import bundle… and pick the bundle file again.</source>
        <translation>No existe el archivo %1. Elige Importar paquete… y vuelve a escoger el archivo del paquete.</translation>
    </message>
    <message>
        <source>%1 is a folder or a special file, not a bundle file. Pick the bundle file itself.</source>
        <translation>%1 es una carpeta o un archivo especial, no un archivo de paquete. Escoge el archivo del paquete.</translation>
    </message>
    <message>
        <source>The bundle file %1 could not be read. Check that its disk is connected and that you may read it, then try again.</source>
        <translation>No se pudo leer el archivo de paquete %1. Comprueba que su disco está conectado y que puedes leerlo, e inténtalo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>This file is larger than %n MiB, too large to be a MentorVault bundle. Check that you picked the bundle your partner sent you.</source>
        <translation>
            <numerusform>Este archivo ocupa más de %n MiB, demasiado para ser un paquete de MentorVault. Comprueba que escogiste el paquete que te envió tu compañero.</numerusform>
            <numerusform>Este archivo ocupa más de %n MiB, demasiado para ser un paquete de MentorVault. Comprueba que escogiste el paquete que te envió tu compañero.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not a MentorVault bundle. Pick the bundle file your partner sent you (its name ends in .mvbundle).</source>
        <translation>Este archivo no es un paquete de MentorVault. Escoge el archivo de paquete que te envió tu compañero (su nombre termina en .mvbundle).</translation>
    </message>
    <message>
        <source>This bundle could not be decrypted: it was made for another vault, or the file is damaged. Nothing was stored. Ask your partner to export it again for you.</source>
        <translation>No se pudo descifrar este paquete: se hizo para otra bóveda, o el archivo está dañado. No se guardó nada. Pide a tu compañero que lo vuelva a exportar para ti.</translation>
    </message>
    <message>
        <source>This bundle is damaged or was changed after your partner made it; nothing was stored. Ask your partner to export it again.</source>
        <translation>Este paquete está dañado o se modificó después de que tu compañero lo hiciera; no se guardó nada. Pide a tu compañero que lo vuelva a exportar.</translation>
    </message>
    <message>
        <source>This bundle was made by an older version of MentorVault; nothing was stored. Ask your partner to update MentorVault and export it again.</source>
        <translation>Este paquete se hizo con una versión anterior de MentorVault; no se guardó nada. Pide a tu compañero que actualice MentorVault y lo vuelva a exportar.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of MentorVault; nothing was stored. Update MentorVault, then import the bundle again.</source>
        <translation>Este paquete se hizo con una versión más reciente de MentorVault; no se guardó nada. Actualiza MentorVault y vuelve a importar el paquete.</translation>
    </message>
    <message>
        <source>This bundle comes from someone who is not one of your partners; nothing was stored. Choose Add their card… to add their contact card first, then import the bundle again.</source>
        <translation>Este paquete viene de alguien que no es uno de tus compañeros; no se guardó nada. Elige Añadir su tarjeta… para añadir primero su tarjeta de contacto, y vuelve a importar el paquete.</translation>
    </message>
    <message>
        <source>Warning: this bundle claims to come from one of your partners, but its keys do not match the card you verified. Nothing was stored. Do not trust it; check the card with your partner in person or on a call.</source>
        <translation>Aviso: este paquete dice venir de uno de tus compañeros, pero sus claves no coinciden con la tarjeta que verificaste. No se guardó nada. No confíes en él; comprueba la tarjeta con tu compañero en persona o en una llamada.</translation>
    </message>
    <message>
        <source>This bundle&apos;s signature does not match your partner&apos;s verified key: it was altered or forged. Nothing was stored. Ask your partner to export it again.</source>
        <translation>La firma de este paquete no coincide con la clave verificada de tu compañero: se alteró o se falsificó. No se guardó nada. Pide a tu compañero que lo vuelva a exportar.</translation>
    </message>
    <message>
        <source>This bundle was not addressed to you; nothing was stored. Ask your partner to export it for you.</source>
        <translation>Este paquete no va dirigido a ti; no se guardó nada. Pide a tu compañero que lo exporte para ti.</translation>
    </message>
    <message>
        <source>This is a bundle you made yourself; it is for your partner to import. Send it to them instead.</source>
        <translation>Este paquete lo hiciste tú; es para que lo importe tu compañero. Envíaselo en su lugar.</translation>
    </message>
    <message>
        <source>You have not verified %1&apos;s fingerprint yet, so bundles from %1 are not accepted; nothing was stored. Choose Verify their card… and compare the words with %1 first.</source>
        <translation>Aún no has verificado la huella de %1, así que no se aceptan paquetes de %1; no se guardó nada. Elige Verificar su tarjeta… y compara primero las palabras con %1.</translation>
    </message>
    <message>
        <source>Your relationship with %1 has ended, so bundles from %1 are no longer accepted; nothing was stored.</source>
        <translation>Tu relación con %1 ha terminado, así que ya no se aceptan paquetes de %1; no se guardó nada.</translation>
    </message>
    <message>
        <source>This bundle holds more entries than MentorVault accepts at once; nothing was stored. Ask your partner to share fewer entries in each bundle.</source>
        <translation>Este paquete contiene más entradas de las que MentorVault acepta de una vez; no se guardó nada. Pide a tu compañero que comparta menos entradas en cada paquete.</translation>
    </message>
    <message>
        <source>This bundle lists the same entry twice; nothing was stored. Ask your partner to export it again.</source>
        <translation>Este paquete incluye la misma entrada dos veces; no se guardó nada. Pide a tu compañero que lo vuelva a exportar.</translation>
    </message>
    <message>
        <source>This bundle holds an entry MentorVault cannot accept (an unknown kind or field, or a value out of range); nothing was stored. Check that you and your partner both use the newest MentorVault, then ask them to export it again.</source>
        <translation>Este paquete contiene una entrada que MentorVault no puede aceptar (un tipo o campo desconocido, o un valor fuera de rango); no se guardó nada. Comprueba que tú y tu compañero usáis la versión más reciente de MentorVault, y pídele que lo vuelva a exportar.</translation>
    </message>
    <message>
        <source>The card file %1 could not be read. Check that its disk is connected and that you may read it, then try again.</source>
        <translation>No se pudo leer el archivo de tarjeta %1. Comprueba que su disco está conectado y que puedes leerlo, e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That file is not a MentorVault contact card. Pick the card file your partner sent you (its name ends in .mvcard).</source>
        <translation>Ese archivo no es una tarjeta de contacto de MentorVault. Escoge el archivo de tarjeta que te envió tu compañero (su nombre termina en .mvcard).</translation>
    </message>
    <message numerus="yes">
        <source>That file is too large to be a contact card (a card is at most %n KiB). Pick the card file your partner sent you.</source>
        <translation>
            <numerusform>Ese archivo es demasiado grande para ser una tarjeta de contacto (una tarjeta ocupa como mucho %n KiB). Escoge el archivo de tarjeta que te envió tu compañero.</numerusform>
            <numerusform>Ese archivo es demasiado grande para ser una tarjeta de contacto (una tarjeta ocupa como mucho %n KiB). Escoge el archivo de tarjeta que te envió tu compañero.</numerusform>
        </translation>
    </message>
    <message>
        <source>That contact card is damaged, so it was not added. Ask your partner to save their card again (My contact card…) and send you the file.</source>
        <translation>Esa tarjeta de contacto está dañada, así que no se añadió. Pide a tu compañero que vuelva a guardar su tarjeta (Mi tarjeta de contacto…) y te envíe el archivo.</translation>
    </message>
    <message>
        <source>That contact card&apos;s fingerprint does not match its keys: the card was changed after it was saved. It was not added; ask your partner for a fresh card.</source>
        <translation>La huella de esa tarjeta de contacto no coincide con sus claves: la tarjeta se modificó después de guardarla. No se añadió; pide a tu compañero una tarjeta nueva.</translation>
    </message>
    <message>
        <source>A name is needed. Type a name of 1 to 80 characters, then try again.</source>
        <translation>Hace falta un nombre. Escribe un nombre de 1 a 80 caracteres e inténtalo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>That name is longer than %n characters. Pick a shorter name, then try again.</source>
        <translation>
            <numerusform>Ese nombre tiene más de un carácter. Elige un nombre más corto e inténtalo de nuevo.</numerusform>
            <numerusform>Ese nombre tiene más de %n caracteres. Elige un nombre más corto e inténtalo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>That name starts or ends with spaces. Remove them, then try again.</source>
        <translation>Ese nombre empieza o termina con espacios. Quítalos e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That name holds control or text-direction characters. Use plain letters, then try again.</source>
        <translation>Ese nombre contiene caracteres de control o de dirección del texto. Usa letras normales e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That is your own contact card. Add the card your partner sent you instead.</source>
        <translation>Esa es tu propia tarjeta de contacto. Añade en su lugar la tarjeta que te envió tu compañero.</translation>
    </message>
    <message>
        <source>That card&apos;s keys already belong to your partner %1; one card cannot stand for two partners. Nothing was added; pick the right card file.</source>
        <translation>Las claves de esa tarjeta ya pertenecen a tu compañero %1; una tarjeta no puede representar a dos compañeros. No se añadió nada; escoge el archivo de tarjeta correcto.</translation>
    </message>
    <message>
        <source>This vault&apos;s own keys are damaged. Choose Restore a backup… to restore the vault from a backup.</source>
        <translation>Las claves propias de esta bóveda están dañadas. Elige Restaurar una copia… para restaurar la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Every entry needs a title. Type one, then save again.</source>
        <translation>Cada entrada necesita un título. Escribe uno y vuelve a guardar.</translation>
    </message>
    <message>
        <source>The field “%1” is required. Fill it in, then save again.</source>
        <translation>El campo «%1» es obligatorio. Rellénalo y vuelve a guardar.</translation>
    </message>
    <message>
        <source>The field “%1” does not hold the kind of value it takes. Check it, then save again.</source>
        <translation>El campo «%1» no contiene el tipo de valor que admite. Revísalo y vuelve a guardar.</translation>
    </message>
    <message>
        <source>The field “%1” holds a NUL character. Remove it, then save again.</source>
        <translation>El campo «%1» contiene un carácter NUL. Quítalo y vuelve a guardar.</translation>
    </message>
    <message>
        <source>The field “%1” takes a single line. Remove the line breaks, then save again.</source>
        <translation>El campo «%1» admite una sola línea. Quita los saltos de línea y vuelve a guardar.</translation>
    </message>
    <message numerus="yes">
        <source>The field “%1” is too long: it takes at most %n characters. Shorten it, then save again.</source>
        <translation>
            <numerusform>El campo «%1» es demasiado largo: admite como mucho un carácter. Acórtalo y vuelve a guardar.</numerusform>
            <numerusform>El campo «%1» es demasiado largo: admite como mucho %n caracteres. Acórtalo y vuelve a guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The field “%1” takes a date. Pick one in the calendar, then save again.</source>
        <translation>El campo «%1» admite una fecha. Escoge una en el calendario y vuelve a guardar.</translation>
    </message>
    <message>
        <source>The field “%1” takes one of the values in its list. Pick one, then save again.</source>
        <translation>El campo «%1» admite uno de los valores de su lista. Escoge uno y vuelve a guardar.</translation>
    </message>
    <message>
        <source>The field “%1” takes a whole number. Change it, then save again.</source>
        <translation>El campo «%1» admite un número entero. Cámbialo y vuelve a guardar.</translation>
    </message>
    <message>
        <source>The field “%1” takes a number from %2 to %3. Change it, then save again.</source>
        <translation>El campo «%1» admite un número de %2 a %3. Cámbialo y vuelve a guardar.</translation>
    </message>
    <message numerus="yes">
        <source>The field “%1” has too many items: it takes at most %n. Remove some, then save again.</source>
        <translation>
            <numerusform>El campo «%1» tiene demasiados elementos: admite como mucho uno. Quita algunos y vuelve a guardar.</numerusform>
            <numerusform>El campo «%1» tiene demasiados elementos: admite como mucho %n. Quita algunos y vuelve a guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>This entry has a field MentorVault does not know (%1). Remove it, then save again.</source>
        <translation>Esta entrada tiene un campo que MentorVault no conoce (%1). Quítalo y vuelve a guardar.</translation>
    </message>
    <message numerus="yes">
        <source>A tag is up to %n characters, without commas or control characters. Change the tag, then save again.</source>
        <translation>
            <numerusform>Una etiqueta tiene como mucho un carácter, sin comas ni caracteres de control. Cambia la etiqueta y vuelve a guardar.</numerusform>
            <numerusform>Una etiqueta tiene como mucho %n caracteres, sin comas ni caracteres de control. Cambia la etiqueta y vuelve a guardar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An entry can have at most %n tags. Remove some, then save again.</source>
        <translation>
            <numerusform>Una entrada puede tener como mucho una etiqueta. Quita las demás y vuelve a guardar.</numerusform>
            <numerusform>Una entrada puede tener como mucho %n etiquetas. Quita algunas y vuelve a guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>A field was not given as a name and a value. Check the fields, then save again.</source>
        <translation>Un campo no se dio como nombre y valor. Revisa los campos y vuelve a guardar.</translation>
    </message>
    <message>
        <source>The field “%1” is given twice. Keep one, then save again.</source>
        <translation>El campo «%1» aparece dos veces. Deja uno y vuelve a guardar.</translation>
    </message>
    <message>
        <source>The field “%1” holds a value MentorVault cannot read. Check it, then save again.</source>
        <translation>El campo «%1» contiene un valor que MentorVault no puede leer. Revísalo y vuelve a guardar.</translation>
    </message>
    <message>
        <source>The exchange folder %1 is not there. Connect its disk or start your sync program, or pick another folder in the partner view.</source>
        <translation>La carpeta de intercambio %1 no está. Conecta su disco o inicia tu programa de sincronización, o elige otra carpeta en la vista del compañero.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Pick the folder you share with your partner.</source>
        <translation>%1 es un archivo, no una carpeta. Elige la carpeta que compartes con tu compañero.</translation>
    </message>
    <message>
        <source>%1 has no exchange folder yet. Pick one in the partner view first.</source>
        <translation>%1 aún no tiene carpeta de intercambio. Elige una primero en la vista del compañero.</translation>
    </message>
    <message>
        <source>That entry was never shared with %1, so there is nothing to revoke.</source>
        <translation>Esa entrada nunca se compartió con %1, así que no hay nada que revocar.</translation>
    </message>
    <message>
        <source>Pick at least one partner to share with, then try again.</source>
        <translation>Elige al menos un compañero con quien compartir e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>A partner is picked twice. Pick each partner once, then try again.</source>
        <translation>Un compañero está elegido dos veces. Elige cada compañero una sola vez e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Only a boundary agreement your partner shared with you can be accepted; nothing was changed.</source>
        <translation>Solo se puede aceptar un acuerdo de límites que tu compañero haya compartido contigo; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose a new folder name, or an empty folder, for the export.</source>
        <translation>%1 no está vacía. Elige un nombre de carpeta nuevo, o una carpeta vacía, para la exportación.</translation>
    </message>
    <message>
        <source>%1 is a file. A Markdown export needs a new or empty folder.</source>
        <translation>%1 es un archivo. Una exportación en Markdown necesita una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name.</source>
        <translation>%1 es una carpeta. Indica un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or agree to replace it.</source>
        <translation>%1 ya existe. Elige otro nombre o acepta reemplazarlo.</translation>
    </message>
    <message>
        <source>The folder %1 would go in does not exist. Choose another place.</source>
        <translation>La carpeta donde iría %1 no existe. Elige otro lugar.</translation>
    </message>
    <message>
        <source>No entries match, so nothing was written.</source>
        <translation>Ninguna entrada coincide, así que no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name for the backup, then try again.</source>
        <translation>%1 es una carpeta. Indica un nombre de archivo para la copia e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1; nothing in the vault was changed. Check that the folder exists, that you can write to it and that its disk is connected, then try again.</source>
        <translation>No se pudo escribir la copia en %1; no se cambió nada en la bóveda. Comprueba que la carpeta existe, que puedes escribir en ella y que su disco está conectado, e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>MentorVault did not write the backup, because it could not be encrypted; nothing in the vault was changed. Lock the vault, unlock it again, then try again.</source>
        <translation>MentorVault no escribió la copia porque no se pudo cifrar; no se cambió nada en la bóveda. Bloquea la bóveda, desbloquéala de nuevo e inténtalo otra vez.</translation>
    </message>
    <message>
        <source>The vault could not be backed up before its upgrade, so it was not upgraded; nothing was changed. Check that the vault folder is writable and its disk has free space, then open the vault again.</source>
        <translation>No se pudo hacer una copia de la bóveda antes de actualizarla, así que no se actualizó; no se cambió nada. Comprueba que puedes escribir en la carpeta de la bóveda y que su disco tiene espacio libre, y vuelve a abrir la bóveda.</translation>
    </message>
    <message>
        <source>The fresh backup %1 was written, but the old backup %2 could not be removed. Remove it in your file manager.</source>
        <translation>Se escribió la copia nueva %1, pero no se pudo quitar la copia antigua %2. Quítala en tu gestor de archivos.</translation>
    </message>
    <message>
        <source>Today&apos;s backup was not finished: the copy kept for it since an earlier unlock was damaged, so it was removed. Nothing in the vault was changed; the next unlock makes a new backup.</source>
        <translation>La copia de seguridad de hoy no se terminó: la copia guardada para ella desde un desbloqueo anterior estaba dañada y se eliminó. No se cambió nada en la bóveda; el próximo desbloqueo hace una copia nueva.</translation>
    </message>
    <message>
        <source>The automatic backup failed; nothing in the vault was changed. It is tried again next time; choose Back up now to make one at once.</source>
        <translation>La copia automática falló; no se cambió nada en la bóveda. Se volverá a intentar la próxima vez; elige Hacer una copia ahora para hacer una en este momento.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file asks for an unreasonable amount of memory to unlock; it was tampered with or damaged. Nothing was changed.</source>
        <translation>El archivo de claves de la bóveda pide una cantidad de memoria desmesurada para desbloquear; se manipuló o está dañado. No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file has unreasonable unlock settings; it was tampered with or damaged. Nothing was changed.</source>
        <translation>El archivo de claves de la bóveda tiene ajustes de desbloqueo desmesurados; se manipuló o está dañado. No se cambió nada.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of MentorVault. Nothing was changed; update MentorVault to open it.</source>
        <translation>Esta bóveda se creó con una versión más reciente de MentorVault. No se cambió nada; actualiza MentorVault para abrirla.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing. Nothing was changed.</source>
        <translation>Falta el archivo de claves de la bóveda. No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file does not belong to this vault&apos;s database: it comes from another vault, or the start of the database is damaged. Nothing was changed.</source>
        <translation>El archivo de claves de la bóveda no pertenece a su base de datos: viene de otra bóveda, o el principio de la base de datos está dañado. No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault database is missing. Nothing was changed.</source>
        <translation>Falta la base de datos de la bóveda. No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault database is empty, as a power cut can leave it. Nothing was changed.</source>
        <translation>La base de datos de la bóveda está vacía, como puede quedar tras un corte de luz. No se cambió nada.</translation>
    </message>
    <message>
        <source>This attachment&apos;s stored bytes do not match what was saved: the vault is damaged there. Nothing was written.</source>
        <translation>Los bytes guardados de este adjunto no coinciden con lo que se guardó: la caja fuerte está dañada ahí. No se escribió nada.</translation>
    </message>
    <message>
        <source>There is no file %1; nothing was restored. Pick the backup file again.</source>
        <translation>No existe el archivo %1; no se restauró nada. Vuelve a escoger el archivo de copia.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup file; nothing was restored. Pick the backup file itself.</source>
        <translation>%1 es una carpeta, no un archivo de copia; no se restauró nada. Escoge el archivo de copia.</translation>
    </message>
    <message>
        <source>Type at least one word to search for.</source>
        <translation>Escribe al menos una palabra para buscar.</translation>
    </message>
    <message>
        <source>That search is too long. Use a few words.</source>
        <translation>Esa búsqueda es demasiado larga. Usa unas pocas palabras.</translation>
    </message>
    <message>
        <source>Type at least one letter or digit to search for.</source>
        <translation>Escribe al menos una letra o una cifra para buscar.</translation>
    </message>
    <message>
        <source>That is not a day. Pick a day from the calendar.</source>
        <translation>Eso no es un día. Elige un día del calendario.</translation>
    </message>
    <message>
        <source>The period ends before it begins. Pick its first day before its last.</source>
        <translation>El periodo termina antes de empezar. Elige su primer día antes del último.</translation>
    </message>
    <message>
        <source>That does not look like a recovery key: a recovery key has 14 groups of 4 letters and digits. Check it and try again.</source>
        <translation>Eso no parece una clave de recuperación: una clave de recuperación tiene 14 grupos de 4 letras y cifras. Revísala e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That recovery key has a typing mistake in it. Check each group and try again.</source>
        <translation>Esa clave de recuperación tiene un error de escritura. Revisa cada grupo e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup was not written. Free some space, then try again.</source>
        <translation>El disco está lleno, así que no se escribió la copia. Libera algo de espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full, so the vault could not be upgraded; nothing was changed. Free some space, then open the vault again.</source>
        <translation>El disco está lleno, así que no se pudo actualizar la bóveda; no se cambió nada. Libera algo de espacio y vuelve a abrir la bóveda.</translation>
    </message>
    <message>
        <source>%1 is not an entry id. Check it, then try again.</source>
        <translation>%1 no es un id de entrada. Revísalo e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>There is no entry with an id starting %1. Check it, then try again.</source>
        <translation>No hay ninguna entrada cuyo id empiece por %1. Revísalo e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>More than one entry id starts with %1. Give more of the id, then try again.</source>
        <translation>Más de un id de entrada empieza por %1. Indica más caracteres del id e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That shared entry is no longer in your inbox: your partner may have removed it. Nothing was changed.</source>
        <translation>Esa entrada compartida ya no está en tu bandeja de entrada: puede que tu compañero la haya quitado. No se cambió nada.</translation>
    </message>
    <message>
        <source>The recovery slot in this vault&apos;s key file was changed outside MentorVault.</source>
        <translation>La ranura de recuperación del archivo de claves de esta bóveda se cambió fuera de MentorVault.</translation>
    </message>
    <message>
        <source>The recovery slot in this vault&apos;s key file belongs to another vault.</source>
        <translation>La ranura de recuperación del archivo de claves de esta bóveda pertenece a otra bóveda.</translation>
    </message>
    <message>
        <source>This vault&apos;s key file has no recovery slot: it was removed outside MentorVault.</source>
        <translation>El archivo de claves de esta bóveda no tiene ranura de recuperación: se quitó fuera de MentorVault.</translation>
    </message>
    <message>
        <source>The recovery slot in this vault&apos;s key file is damaged.</source>
        <translation>La ranura de recuperación del archivo de claves de esta bóveda está dañada.</translation>
    </message>
    <message>
        <source>Unlock with your passphrase instead; nothing was changed.</source>
        <translation>Desbloquea con tu frase de contraseña; no se cambió nada.</translation>
    </message>
    <message>
        <source>The passphrase slot in this vault&apos;s key file was changed outside MentorVault, so no passphrase can unlock it.</source>
        <translation>La ranura de la frase de contraseña del archivo de claves de esta bóveda se cambió fuera de MentorVault, así que ninguna frase de contraseña puede desbloquear la bóveda.</translation>
    </message>
    <message>
        <source>The passphrase slot in this vault&apos;s key file belongs to another vault.</source>
        <translation>La ranura de la frase de contraseña del archivo de claves de esta bóveda pertenece a otra bóveda.</translation>
    </message>
    <message>
        <source>This vault&apos;s key file has no passphrase slot: it was removed outside MentorVault.</source>
        <translation>El archivo de claves de esta bóveda no tiene ranura de la frase de contraseña: se quitó fuera de MentorVault.</translation>
    </message>
    <message>
        <source>The passphrase slot in this vault&apos;s key file asks for an unreasonable amount of memory; it was tampered with or damaged.</source>
        <translation>La ranura de la frase de contraseña del archivo de claves de esta bóveda pide una cantidad de memoria desmesurada; se manipuló o está dañada.</translation>
    </message>
    <message>
        <source>The passphrase slot in this vault&apos;s key file has unreasonable unlock settings; it was tampered with or damaged.</source>
        <translation>La ranura de la frase de contraseña del archivo de claves de esta bóveda tiene unos parámetros de desbloqueo desmesurados; se manipuló o está dañada.</translation>
    </message>
    <message>
        <source>The passphrase slot in this vault&apos;s key file is damaged.</source>
        <translation>La ranura de la frase de contraseña del archivo de claves de esta bóveda está dañada.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose Use my recovery key instead, then set a new passphrase in Settings; that replaces the bad slot.</source>
        <translation>No se cambió nada. Elige Usar mi clave de recuperación y después establece una frase de contraseña nueva en Ajustes; eso sustituye la ranura defectuosa.</translation>
    </message>
    <message>
        <source>The newest automatic backup is %1 (%2 in %3); choose Restore a backup… to restore it into a new folder.</source>
        <translation>La copia automática más reciente es %1 (%2 en %3); elige Restaurar una copia… para restaurarla en una carpeta nueva.</translation>
    </message>
    <message>
        <source>There are no automatic backups in %1; choose Restore a backup… to restore a backup file you made.</source>
        <translation>No hay copias automáticas en %1; elige Restaurar una copia… para restaurar un archivo de copia que hayas hecho.</translation>
    </message>
    <message>
        <source>Choose Restore a backup… to restore it from a backup.</source>
        <translation>Elige Restaurar una copia… para restaurarla desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong inside MentorVault. What you had already saved is safe. The problem was noted in the log, without any of your content. If it happens again, restart the app.</source>
        <translation>Lo sentimos, algo falló dentro de MentorVault. Lo que ya habías guardado está a salvo. El problema quedó anotado en el registro, sin nada de tu contenido. Si vuelve a ocurrir, reinicia la aplicación.</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Eso no funcionó</translation>
    </message>
    <message>
        <source>%1 could not be imported; nothing was changed. Check that you picked the right export.</source>
        <translation>No se pudo importar %1; no se cambió nada. Compruebe que eligió la exportación correcta.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Se canceló la importación; no se importó nada.</translation>
    </message>
    <message>
        <source>There is no file or folder %1. Pick the export again.</source>
        <translation>No existe el archivo o la carpeta %1. Vuelva a elegir la exportación.</translation>
    </message>
    <message>
        <source>%1 is a file, but this format is a folder of notes. Pick the folder.</source>
        <translation>%1 es un archivo, pero este formato es una carpeta de notas. Elija la carpeta.</translation>
    </message>
    <message>
        <source>%1 is a folder or a special file. Pick the export file itself.</source>
        <translation>%1 es una carpeta o un archivo especial. Elija el archivo de exportación.</translation>
    </message>
    <message>
        <source>%1 could not be read. Check that its disk is connected and that you may read it.</source>
        <translation>No se pudo leer %1. Compruebe que su disco está conectado y que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>%1 is larger than an import accepts; nothing was imported.</source>
        <translation>%1 es más grande de lo que admite una importación; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 holds more files than an import accepts; import a smaller folder at a time.</source>
        <translation>%1 contiene más archivos de los que admite una importación; importe una carpeta más pequeña cada vez.</translation>
    </message>
    <message>
        <source>%1 would expand far more than any real export (it may be a zip bomb); nothing was imported.</source>
        <translation>%1 se expandiría mucho más que cualquier exportación real (puede ser una bomba zip); no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is not a zip archive, or it is damaged; nothing was imported. Export it again.</source>
        <translation>%1 no es un archivo zip o está dañado; no se importó nada. Vuelva a exportarlo.</translation>
    </message>
    <message>
        <source>%1 points outside the export (a path with .. or an absolute path), so nothing was imported.</source>
        <translation>%1 apunta fuera de la exportación (una ruta con .. o una ruta absoluta), así que no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; an import never follows links, so nothing was imported.</source>
        <translation>%1 es un enlace simbólico; una importación nunca sigue enlaces, así que no se importó nada.</translation>
    </message>
    <message>
        <source>%1 does not match the size its archive declares (damaged or forged); nothing was imported.</source>
        <translation>%1 no coincide con el tamaño que declara su archivo (dañado o falsificado); no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; nothing was imported. Save it as UTF-8 and try again.</source>
        <translation>%1 no es texto UTF-8; no se importó nada. Guárdelo como UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2); nothing was imported.</source>
        <translation>%1 no es JSON válido (línea %2); no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is not an export of the format you chose; nothing was imported. Check the format.</source>
        <translation>%1 no es una exportación del formato elegido; no se importó nada. Compruebe el formato.</translation>
    </message>
    <message>
        <source>%1 holds an impossible date or time (%2); nothing was imported.</source>
        <translation>%1 contiene una fecha u hora imposible (%2); no se importó nada.</translation>
    </message>
    <message>
        <source>%1 names an unknown time zone (%2); nothing was imported.</source>
        <translation>%1 indica una zona horaria desconocida (%2); no se importó nada.</translation>
    </message>
    <message>
        <source>%1 holds two notes with the same id; nothing was imported.</source>
        <translation>%1 contiene dos notas con el mismo identificador; no se importó nada.</translation>
    </message>
    <message>
        <source>The front matter of %1 uses YAML aliases, which an import refuses; nothing was imported.</source>
        <translation>El encabezado de %1 usa alias de YAML, que una importación rechaza; no se importó nada.</translation>
    </message>
    <message>
        <source>The front matter of %1 is not a list of names and values; nothing was imported. Fix it and try again.</source>
        <translation>El encabezado de %1 no es una lista de nombres y valores; no se importó nada. Corríjalo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of MentorVault. Update MentorVault, then import it again.</source>
        <translation>%1 lo escribió una versión más reciente de MentorVault. Actualice MentorVault y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>A note in %1 does not fit its kind (%2); nothing was imported.</source>
        <translation>Una nota de %1 no encaja en su tipo (%2); no se importó nada.</translation>
    </message>
    <message>
        <source>The file %2 that %1 lists is missing; nothing was imported.</source>
        <translation>Falta el archivo %2 que indica %1; no se importó nada.</translation>
    </message>
    <message>
        <source>The file %2 beside %1 is not the one it lists (changed or damaged); nothing was imported.</source>
        <translation>El archivo %2 junto a %1 no es el que indica (modificado o dañado); no se importó nada.</translation>
    </message>
    <message>
        <source>%1 holds no notes of the format you chose. Check the format and the file or folder.</source>
        <translation>%1 no contiene notas del formato elegido. Compruebe el formato y el archivo o la carpeta.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Choose %1&apos;s contact card</source>
        <translation>Elige la tarjeta de contacto de %1</translation>
    </message>
    <message>
        <source>A different card</source>
        <translation>Una tarjeta distinta</translation>
    </message>
    <message>
        <source>This card for %1 has different keys from the one you have. It could be an impostor, or %1 made a new vault. Nothing from the new keys is accepted until you compare the fingerprint words with %1 and verify them.</source>
        <translation>Esta tarjeta de %1 tiene claves distintas de la que ya tienes. Podría ser una suplantación, o %1 creó una bóveda nueva. No se acepta nada de las claves nuevas hasta que compares las palabras de la huella con %1 y las verifiques.</translation>
    </message>
    <message>
        <source>Card not added</source>
        <translation>Tarjeta no añadida</translation>
    </message>
    <message>
        <source>No card yet</source>
        <translation>Aún no hay tarjeta</translation>
    </message>
    <message>
        <source>Add %1&apos;s contact card first; then you can compare its fingerprint.</source>
        <translation>Añade primero la tarjeta de contacto de %1; después podrás comparar su huella.</translation>
    </message>
    <message>
        <source>Cannot verify</source>
        <translation>No se puede verificar</translation>
    </message>
    <message>
        <source>No bundle made</source>
        <translation>No se creó ningún paquete</translation>
    </message>
    <message>
        <source>Bundle ready</source>
        <translation>Paquete listo</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1, with %n entry(s), for %2. Give them the file however you like: only they (and you) can open it.</source>
        <translation>
            <numerusform>Se guardó %1, con %n entrada, para %2. Entrégale el archivo como prefieras: solo esa persona (y tú) puede abrirlo.</numerusform>
            <numerusform>Se guardó %1, con %n entradas, para %2. Entrégale el archivo como prefieras: solo esa persona (y tú) puede abrirlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>Creando el paquete…</translation>
    </message>
    <message>
        <source>The folder you and %1 both reach</source>
        <translation>La carpeta a la que tú y %1 llegáis</translation>
    </message>
    <message>
        <source>Exchange folder not set</source>
        <translation>Carpeta de intercambio no establecida</translation>
    </message>
    <message>
        <source>Exchange folder not changed</source>
        <translation>Carpeta de intercambio sin cambios</translation>
    </message>
    <message>
        <source>Nothing sent</source>
        <translation>No se envió nada</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message numerus="yes">
        <source>The bundle for %1, with %n entry(s), is in your exchange folder. It is imported when %1&apos;s MentorVault sees it.</source>
        <translation>
            <numerusform>El paquete para %1, con %n entrada, está en tu carpeta de intercambio. Se importa cuando el MentorVault de %1 lo vea.</numerusform>
            <numerusform>El paquete para %1, con %n entradas, está en tu carpeta de intercambio. Se importa cuando el MentorVault de %1 lo vea.</numerusform>
        </translation>
    </message>
    <message>
        <source>MentorVault bundle for %1</source>
        <translation>Paquete de MentorVault para %1</translation>
    </message>
    <message>
        <source>No mail program</source>
        <translation>Sin programa de correo</translation>
    </message>
    <message>
        <source>MentorVault could not open your mail program. Attach %1 to an email yourself.</source>
        <translation>MentorVault no pudo abrir tu programa de correo. Adjunta %1 a un correo tú mismo.</translation>
    </message>
    <message>
        <source>Save the meeting for your calendar</source>
        <translation>Guardar la reunión para tu calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Include the agenda?</source>
        <translation>¿Incluir la agenda?</translation>
    </message>
    <message>
        <source>Put the agenda&apos;s text in the calendar event too? Calendars are often kept on a server.</source>
        <translation>¿Poner también el texto de la agenda en el evento? Los calendarios suelen guardarse en un servidor.</translation>
    </message>
    <message>
        <source>Include the agenda</source>
        <translation>Incluir la agenda</translation>
    </message>
    <message>
        <source>Only the date</source>
        <translation>Solo la fecha</translation>
    </message>
    <message>
        <source>Calendar file saved</source>
        <translation>Archivo de calendario guardado</translation>
    </message>
    <message>
        <source>Saved %1. Open it with your calendar to add the meeting.</source>
        <translation>Se guardó %1. Ábrelo con tu calendario para añadir la reunión.</translation>
    </message>
    <message>
        <source>No calendar file saved</source>
        <translation>No se guardó ningún archivo de calendario</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <source>You already imported this bundle from %1. Nothing changed.</source>
        <translation>Ya importaste este paquete de %1. No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Paquete no importado</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paquete importado</translation>
    </message>
    <message>
        <source>Imported the bundle from %1. What they shared is in your Inbox.</source>
        <translation>Se importó el paquete de %1. Lo que compartió está en tu bandeja de entrada.</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Comprobando el paquete…</translation>
    </message>
    <message>
        <source>Cannot show what was shared</source>
        <translation>No se puede mostrar lo compartido</translation>
    </message>
    <message>
        <source>Cannot prepare</source>
        <translation>No se puede preparar</translation>
    </message>
    <message>
        <source>Your relationship with %1 is closed and archived.</source>
        <translation>Tu relación con %1 está cerrada y archivada.</translation>
    </message>
    <message>
        <source>The final bundle is saved; give it to them when you are ready.</source>
        <translation>El paquete final está guardado; entrégalo cuando quieras.</translation>
    </message>
    <message>
        <source>Relationship ended</source>
        <translation>Relación terminada</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>No se cambió nada</translation>
    </message>
    <message>
        <source>Closing the relationship…</source>
        <translation>Cerrando la relación…</translation>
    </message>
    <message>
        <source>Cannot end the relationship</source>
        <translation>No se puede terminar la relación</translation>
    </message>
</context>
<context>
    <name>ExportNotesDialog</name>
    <message>
        <source>Export notes</source>
        <translation>Exportar notas</translation>
    </message>
    <message>
        <source>Write entries out of the vault: to read or print (PDF), to keep in any notes app (Markdown), or for other programs (JSON).</source>
        <translation>Saca entradas de la bóveda: para leer o imprimir (PDF), para guardarlas en cualquier app de notas (Markdown) o para otros programas (JSON).</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>PDF, laid out for reading and printing</source>
        <translation>PDF, maquetado para leer e imprimir</translation>
    </message>
    <message>
        <source>Markdown: a folder with one file per entry, attachments beside them</source>
        <translation>Markdown: una carpeta con un archivo por entrada y sus adjuntos al lado</translation>
    </message>
    <message>
        <source>JSON: one file, for other programs</source>
        <translation>JSON: un archivo, para otros programas</translation>
    </message>
    <message>
        <source>Which entries</source>
        <translation>Qué entradas</translation>
    </message>
    <message numerus="yes">
        <source>All entries (%n)</source>
        <translation>
            <numerusform>Todas las entradas (%n)</numerusform>
            <numerusform>Todas las entradas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The entries in the list now: %1 (%n)</source>
        <translation>
            <numerusform>Las entradas de la lista ahora: %1 (%n)</numerusform>
            <numerusform>Las entradas de la lista ahora: %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The open entry: %1</source>
        <translation>La entrada abierta: %1</translation>
    </message>
    <message>
        <source>The open entry (none is open)</source>
        <translation>La entrada abierta (no hay ninguna abierta)</translation>
    </message>
    <message numerus="yes">
        <source>%n protected entries stay out while they are hidden. To include them, choose Show protected entries… first.</source>
        <translation>
            <numerusform>%n entrada protegida queda fuera mientras esté oculta. Para incluirla, elige primero «Mostrar entradas protegidas…».</numerusform>
            <numerusform>%n entradas protegidas quedan fuera mientras estén ocultas. Para incluirlas, elige primero «Mostrar entradas protegidas…».</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Where the export goes</source>
        <translation>Dónde se guarda la exportación</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose where the export goes</source>
        <translation>Elegir dónde se guarda la exportación</translation>
    </message>
    <message>
        <source>MentorVault notes</source>
        <translation>Notas de MentorVault</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export to a new folder</source>
        <translation>Exportar a una carpeta nueva</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>Exportar a un archivo</translation>
    </message>
    <message>
        <source>the place you choose</source>
        <translation>el lugar que elijas</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <source>a folder of plain text files</source>
        <translation>una carpeta de archivos de texto simple</translation>
    </message>
    <message>
        <source>a plain text file</source>
        <translation>un archivo de texto simple</translation>
    </message>
    <message>
        <source>Not encrypted: the export is written as %1 to %2. Anyone who can open that place can read it. Keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation>Sin cifrar: la exportación se escribe como %1 en %2. Cualquiera que pueda abrir ese lugar puede leerla. Guárdala en un sitio seguro y bórrala cuando ya no la necesites.</translation>
    </message>
    <message>
        <source>There are no entries to export yet.</source>
        <translation>Aún no hay entradas que exportar.</translation>
    </message>
    <message>
        <source>Choose where the export goes.</source>
        <translation>Elige dónde se guarda la exportación.</translation>
    </message>
</context>
<context>
    <name>ExportPreviewDialog</name>
    <message>
        <source>Bundle for %1</source>
        <translation>Paquete para %1</translation>
    </message>
    <message>
        <source>This is everything that will leave in one file, signed by you and encrypted so only %1 (and you) can open it. Read it through before you confirm.</source>
        <translation>Esto es todo lo que saldrá en un solo archivo, firmado por ti y cifrado para que solo %1 (y tú) pueda abrirlo. Léelo con calma antes de confirmar.</translation>
    </message>
    <message numerus="yes">
        <source>Entries that will be shared (%n)</source>
        <translation>
            <numerusform>Entradas que se compartirán (%n)</numerusform>
            <numerusform>Entradas que se compartirán (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries: you have not shared anything current with %1.</source>
        <translation>Ninguna entrada: no has compartido nada actual con %1.</translation>
    </message>
    <message>
        <source>Entries to share</source>
        <translation>Entradas para compartir</translation>
    </message>
    <message>
        <source>“%1” belongs to your relationship with %2. Send it to %3 anyway</source>
        <translation>«%1» pertenece a tu relación con %2. Enviarla a %3 de todos modos</translation>
    </message>
    <message>
        <source>Some entries belong to another relationship. Tick each one you really mean to send. To leave one out, cancel and stop sharing it.</source>
        <translation>Algunas entradas pertenecen a otra relación. Marca cada una que de verdad quieras enviar. Para dejar una fuera, cancela y deja de compartirla.</translation>
    </message>
    <message>
        <source>These entries mention a topic your boundary agreement marks off limits: %1.</source>
        <translation>Estas entradas mencionan un tema que vuestro acuerdo de límites deja fuera: %1.</translation>
    </message>
    <message>
        <source>Left out: changed since you shared them (%1)</source>
        <translation>Fuera: cambiadas desde que las compartiste (%1)</translation>
    </message>
    <message>
        <source>You edited these after consenting. Open each one and choose Share… again to send the new version.</source>
        <translation>Las editaste después de dar tu consentimiento. Abre cada una y elige Compartir… de nuevo para enviar la versión nueva.</translation>
    </message>
    <message>
        <source>Entries left out</source>
        <translation>Entradas que quedan fuera</translation>
    </message>
    <message numerus="yes">
        <source>For %1 only: %n request(s) to delete entries you stopped sharing.</source>
        <translation>
            <numerusform>Solo para %1: %n solicitud para eliminar una entrada que dejaste de compartir.</numerusform>
            <numerusform>Solo para %1: %n solicitudes para eliminar entradas que dejaste de compartir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to delete entries you stopped sharing. Their app will be asked to delete its copy; a copy they already read cannot be taken back.</source>
        <translation>
            <numerusform>%n solicitud para eliminar una entrada que dejaste de compartir. Se pedirá a su aplicación que borre su copia; una copia que ya se leyó no se puede recuperar.</numerusform>
            <numerusform>%n solicitudes para eliminar entradas que dejaste de compartir. Se pedirá a su aplicación que borre sus copias; una copia que ya se leyó no se puede recuperar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmation(s) that you removed entries they stopped sharing.</source>
        <translation>
            <numerusform>%n confirmación de que quitaste una entrada que dejaron de compartir.</numerusform>
            <numerusform>%n confirmaciones de que quitaste entradas que dejaron de compartir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your acceptance of %n agreement(s).</source>
        <translation>
            <numerusform>Tu aceptación de %n acuerdo.</numerusform>
            <numerusform>Tu aceptación de %n acuerdos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also in the bundle</source>
        <translation>También en el paquete</translation>
    </message>
    <message>
        <source>Notices in the bundle</source>
        <translation>Avisos en el paquete</translation>
    </message>
    <message>
        <source>Asked to delete: %1</source>
        <translation>Se pide eliminar: %1</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>Choose where to save the bundle</source>
        <translation>Elige dónde guardar el paquete</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Confirm with your passphrase:</source>
        <translation>Confirma con tu frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Your vault passphrase confirms the export</source>
        <translation>La frase de contraseña de tu bóveda confirma la exportación</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>Enviar a %1</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Guardar el paquete</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>MentorVault bundles (*.mvbundle);;All files (*)</source>
        <translation>Paquetes de MentorVault (*.mvbundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>MentorVault contact cards (*.mvcard *.txt);;All files (*)</source>
        <translation>Tarjetas de contacto de MentorVault (*.mvcard *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>FingerprintView</name>
    <message>
        <source>Fingerprint words</source>
        <translation>Palabras de la huella</translation>
    </message>
    <message>
        <source>Or the digits</source>
        <translation>O las cifras</translation>
    </message>
    <message>
        <source>Fingerprint QR code</source>
        <translation>Código QR de la huella</translation>
    </message>
    <message>
        <source>Your partner can scan it instead of reading the words</source>
        <translation>Tu compañero puede escanearlo en lugar de leer las palabras</translation>
    </message>
    <message>
        <source>Fingerprint digits: %1</source>
        <translation>Cifras de la huella: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Huella: %1</translation>
    </message>
</context>
<context>
    <name>FocusBar</name>
    <message>
        <source>Word count</source>
        <translation>Número de palabras</translation>
    </message>
    <message numerus="yes">
        <source>Write for %n minutes</source>
        <translation>
            <numerusform>Escribir %n minuto</numerusform>
            <numerusform>Escribir %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing time</source>
        <translation>Tiempo de escritura</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Iniciar temporizador</translation>
    </message>
    <message>
        <source>Start or stop the writing timer</source>
        <translation>Iniciar o detener el temporizador de escritura</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Leave focus (Esc)</source>
        <translation>Salir del enfoque (Esc)</translation>
    </message>
    <message>
        <source>Leave focus mode</source>
        <translation>Salir del modo enfoque</translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Iniciar temporizador</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Detener temporizador</translation>
    </message>
    <message>
        <source>Time&apos;s up. Well written; keep going if you like.</source>
        <translation>Se acabó el tiempo. Bien escrito; sigue si quieres.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Protected goal</source>
        <translation>Objetivo protegido</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the goal %1</source>
        <translation>Abrir el objetivo %1</translation>
    </message>
    <message>
        <source>Aiming for %1</source>
        <translation>Fecha objetivo: %1</translation>
    </message>
    <message>
        <source>%p% done</source>
        <translation>%p % hecho</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Its steps are hidden until you enter your passphrase.</source>
        <translation>Sus pasos quedan ocultos hasta que escribas tu frase de contraseña.</translation>
    </message>
    <message>
        <source>No small steps yet. Open the goal to add a few.</source>
        <translation>Aún no hay pasos pequeños. Abre el objetivo para añadir algunos.</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>Tick a step when you finish it.</source>
        <translation>Marca un paso cuando lo termines.</translation>
    </message>
    <message>
        <source>Goals and their steps</source>
        <translation>Objetivos y sus pasos</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Every small step you finished, newest first.</source>
        <translation>Cada pequeño paso que terminaste, el más reciente primero.</translation>
    </message>
    <message>
        <source>Finished steps of your goals, newest first</source>
        <translation>Pasos terminados de tus objetivos, los más recientes primero</translation>
    </message>
    <message>
        <source>No goals yet. A goal with a few small steps is a good start: press New goal.</source>
        <translation>Aún no hay objetivos. Un objetivo con unos pocos pasos pequeños es un buen comienzo: pulsa Nuevo objetivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n steps done so far.</source>
        <translation>
            <numerusform>%n paso hecho hasta ahora.</numerusform>
            <numerusform>%n pasos hechos hasta ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>One step done so far.</source>
        <translation>Un paso hecho hasta ahora.</translation>
    </message>
    <message>
        <source>Done. That&apos;s a win.</source>
        <translation>Hecho. Eso es un logro.</translation>
    </message>
    <message>
        <source>Step dropped.</source>
        <translation>Paso descartado.</translation>
    </message>
    <message>
        <source>Step reopened.</source>
        <translation>Paso reabierto.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Everything you write stays on this computer, in one encrypted vault that only your passphrase (or your recovery key) opens. MentorVault has no account, no server and sends nothing over the network.

Nothing is shared by default: you tick, entry by entry, which partner may see exactly which version. It leaves only inside an encrypted bundle that you save and hand over yourself, and only to partners whose card you verified.

Words you add to the spelling dictionary are kept inside the vault too. The vault locks after a few minutes without activity, unless you turn that off in Settings.</source>
        <translation>Todo lo que escribes se queda en este equipo, en una única bóveda cifrada que solo abre tu frase de contraseña (o tu clave de recuperación). MentorVault no tiene cuenta ni servidor, y no envía nada por la red.

Nada se comparte por defecto: marcas, entrada por entrada, qué compañero puede ver exactamente qué versión. Una entrada solo sale dentro de un paquete cifrado que guardas y entregas tú, y solo a compañeros cuya tarjeta verificaste.

Las palabras que añades al diccionario ortográfico también se guardan dentro de la bóveda. La bóveda se bloquea tras unos minutos sin actividad, salvo que lo desactives en Ajustes.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacidad</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentación</translation>
    </message>
    <message>
        <source>&amp;About MentorVault</source>
        <translation>&amp;Acerca de MentorVault</translation>
    </message>
</context>
<context>
    <name>HiddenEntryPage</name>
    <message>
        <source>This entry is protected</source>
        <translation>Esta entrada está protegida</translation>
    </message>
    <message>
        <source>Its title and contents stay hidden until you enter your passphrase. They are then shown for a few minutes.</source>
        <translation>Su título y su contenido quedan ocultos hasta que escribas tu frase de contraseña. Después se muestran durante unos minutos.</translation>
    </message>
    <message>
        <source>Show protected entries…</source>
        <translation>Mostrar entradas protegidas…</translation>
    </message>
    <message>
        <source>Show protected entries</source>
        <translation>Mostrar entradas protegidas</translation>
    </message>
    <message>
        <source>Asks for your passphrase, then shows protected entries for a few minutes</source>
        <translation>Pide tu frase de contraseña y luego muestra las entradas protegidas durante unos minutos</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>Every save is kept. Pick a version to see it; restoring it makes a new version, so nothing is lost.</source>
        <translation>Cada guardado se conserva. Elige una versión para verla; restaurarla crea una versión nueva, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Preview of the chosen version</source>
        <translation>Vista previa de la versión elegida</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>HitDelegate</name>
    <message>
        <source>Protected entry</source>
        <translation>Entrada protegida</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image: %1</source>
        <translation>Imagen: %1</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message numerus="yes">
        <source>Imported %n entry(s).</source>
        <translation>
            <numerusform>Se importó %n entrada.</numerusform>
            <numerusform>Se importaron %n entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) imported before were skipped.</source>
        <translation>
            <numerusform>Se omitió %n nota ya importada.</numerusform>
            <numerusform>Se omitieron %n notas ya importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes imported</source>
        <translation>Notas importadas</translation>
    </message>
</context>
<context>
    <name>ImportNotesDialog</name>
    <message>
        <source>Import notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <source>Bring in notes from another journal. Nothing is stored until you choose Import, and importing the same notes again adds nothing.</source>
        <translation>Traiga notas de otro diario. No se guarda nada hasta que elija Importar, y volver a importar las mismas notas no añade nada.</translation>
    </message>
    <message>
        <source>Day One (JSON export: the .zip or its folder)</source>
        <translation>Day One (exportación JSON: el .zip o su carpeta)</translation>
    </message>
    <message>
        <source>jrnl (the file jrnl --export json writes)</source>
        <translation>jrnl (el archivo que escribe jrnl --export json)</translation>
    </message>
    <message>
        <source>Markdown folder (Obsidian, Logseq or plain notes)</source>
        <translation>Carpeta Markdown (Obsidian, Logseq o notas sencillas)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation>Elija la exportación</translation>
    </message>
    <message>
        <source>Export file or folder</source>
        <translation>Archivo o carpeta de exportación</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Exportación:</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importar c&amp;omo:</translation>
    </message>
    <message>
        <source>No partner</source>
        <translation>Sin compañero</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Compañero</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Compañero:</translation>
    </message>
    <message>
        <source>Optional, for example imported</source>
        <translation>Opcional, por ejemplo importado</translation>
    </message>
    <message>
        <source>Tag every imported entry</source>
        <translation>Etiquetar cada entrada importada</translation>
    </message>
    <message>
        <source>Add &amp;tag:</source>
        <translation>Añadir &amp;etiqueta:</translation>
    </message>
    <message>
        <source>What will arrive</source>
        <translation>Lo que llegará</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import these notes into your vault</source>
        <translation>Importar estas notas a su caja fuerte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exports (%1);;All files (*)</source>
        <translation>Exportaciones (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>Elija el archivo de exportación</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Elija la carpeta de exportación</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Leyendo la exportación…</translation>
    </message>
    <message>
        <source>Choose an export to see what it holds.</source>
        <translation>Elija una exportación para ver lo que contiene.</translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s) will arrive.</source>
        <translation>
            <numerusform>Llegará %n nota nueva.</numerusform>
            <numerusform>Llegarán %n notas nuevas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written from %1 to %2.</source>
        <translation>Escritas del %1 al %2.</translation>
    </message>
    <message numerus="yes">
        <source>With %n attached file(s).</source>
        <translation>
            <numerusform>Con %n archivo adjunto.</numerusform>
            <numerusform>Con %n archivos adjuntos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) were imported before and will be skipped.</source>
        <translation>
            <numerusform>%n nota ya se importó y se omitirá.</numerusform>
            <numerusform>%n notas ya se importaron y se omitirán.</numerusform>
        </translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Primero: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>y %n más.</numerusform>
            <numerusform>y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n note(s)…</source>
        <translation>
            <numerusform>Importando %n nota…</numerusform>
            <numerusform>Importando %n notas…</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Se canceló la importación; no se importó nada.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Bundle from %1</source>
        <translation>Paquete de %1</translation>
    </message>
    <message>
        <source>This bundle is signed by %1, whose card you verified, and was made on %2. Nothing is stored until you choose Import.</source>
        <translation>Este paquete está firmado por %1, cuya tarjeta verificaste, y se creó el %2. No se guarda nada hasta que elijas Importar.</translation>
    </message>
    <message>
        <source>An entry</source>
        <translation>Una entrada</translation>
    </message>
    <message numerus="yes">
        <source>New (%n)</source>
        <translation>
            <numerusform>Nueva (%n)</numerusform>
            <numerusform>Nuevas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>New entries</source>
        <translation>Entradas nuevas</translation>
    </message>
    <message numerus="yes">
        <source>Updated (%n)</source>
        <translation>
            <numerusform>Actualizada (%n)</numerusform>
            <numerusform>Actualizadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated entries</source>
        <translation>Entradas actualizadas</translation>
    </message>
    <message numerus="yes">
        <source>Removed at their request (%n)</source>
        <translation>
            <numerusform>Quitada a petición suya (%n)</numerusform>
            <numerusform>Quitadas a petición suya (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped sharing %n entry(s); importing removes your copy and tells them so.</source>
        <translation>
            <numerusform>%1 dejó de compartir %n entrada; al importar se quita tu copia y se le avisa.</numerusform>
            <numerusform>%1 dejó de compartir %n entradas; al importar se quitan tus copias y se le avisa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipts (%n)</source>
        <translation>
            <numerusform>Acuse de recibo (%n)</numerusform>
            <numerusform>Acuses de recibo (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 confirms removing %n entry(s) you stopped sharing.</source>
        <translation>
            <numerusform>%1 confirma que quitó %n entrada que dejaste de compartir.</numerusform>
            <numerusform>%1 confirma que quitó %n entradas que dejaste de compartir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements accepted (%1)</source>
        <translation>Acuerdos aceptados (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted %n of your boundary agreement(s).</source>
        <translation>
            <numerusform>%1 aceptó %n de tus acuerdos de límites.</numerusform>
            <numerusform>%1 aceptó %n de tus acuerdos de límites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) you already have, unchanged.</source>
        <translation>
            <numerusform>%n entrada que ya tienes, sin cambios.</numerusform>
            <numerusform>%n entradas que ya tienes, sin cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new in this bundle.</source>
        <translation>No hay nada nuevo en este paquete.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import this bundle into your inbox</source>
        <translation>Importar este paquete a tu bandeja de entrada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Mostrar entradas de</translation>
    </message>
    <message>
        <source>All partners, or one partner</source>
        <translation>Todos los compañeros o uno</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Importar paquete…</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <source>Check a bundle from a partner and import it</source>
        <translation>Comprobar un paquete de un compañero e importarlo</translation>
    </message>
    <message>
        <source>What your partners chose to share with you. It is read-only: it stays as they wrote it, and goes away if they stop sharing it. Your notes on it are private.</source>
        <translation>Lo que tus compañeros eligieron compartir contigo. Es de solo lectura: queda tal como lo escribieron y desaparece si dejan de compartirlo. Tus notas sobre ello son privadas.</translation>
    </message>
    <message>
        <source>Shared entries</source>
        <translation>Entradas compartidas</translation>
    </message>
    <message>
        <source>Choose one to read it</source>
        <translation>Elige una para leerla</translation>
    </message>
    <message>
        <source>Shared entry</source>
        <translation>Entrada compartida</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Accept this agreement</source>
        <translation>Aceptar este acuerdo</translation>
    </message>
    <message>
        <source>Your acceptance travels in your next bundle, so the agreement shows as agreed by both</source>
        <translation>Tu aceptación viaja en tu próximo paquete, y así el acuerdo figura como aceptado por ambos</translation>
    </message>
    <message>
        <source>My private note</source>
        <translation>Mi nota privada</translation>
    </message>
    <message>
        <source>Only you see this. It is never shared.</source>
        <translation>Solo tú ves esto. Nunca se comparte.</translation>
    </message>
    <message>
        <source>Only you see this note; it is saved as you pause</source>
        <translation>Solo tú ves esta nota; se guarda cuando haces una pausa</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Todos los compañeros</translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>Nothing from this partner yet.</source>
        <translation>Aún no hay nada de este compañero.</translation>
    </message>
    <message>
        <source>Nothing has been shared with you yet. When a partner sends you a bundle, choose Import bundle… to read it here.</source>
        <translation>Todavía nadie ha compartido nada contigo. Cuando un compañero te envíe un paquete, elige Importar paquete… para leerlo aquí.</translation>
    </message>
    <message>
        <source>%1 shared this %2 with you. Last changed %3; received %4.</source>
        <translation>%1 compartió contigo esta entrada (%2). Último cambio: %3; recibida: %4.</translation>
    </message>
    <message>
        <source>You accepted this agreement. Your acceptance goes to %1 in your next bundle.</source>
        <translation>Aceptaste este acuerdo. Tu aceptación llega a %1 en tu próximo paquete.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Nota guardada</translation>
    </message>
    <message>
        <source>Note not saved: %1</source>
        <translation>Nota no guardada: %1</translation>
    </message>
</context>
<context>
    <name>InsightWords</name>
    <message numerus="yes">
        <source>Only %n session notes with a mood so far: no trend yet.</source>
        <translation>
            <numerusform>Solo %n nota de sesión con ánimo por ahora: aún no hay tendencia.</numerusform>
            <numerusform>Solo %n notas de sesión con ánimo por ahora: aún no hay tendencia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n session notes with an energy level so far: no trend yet.</source>
        <translation>
            <numerusform>Solo %n nota de sesión con energía por ahora: aún no hay tendencia.</numerusform>
            <numerusform>Solo %n notas de sesión con energía por ahora: aún no hay tendencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your mood after sessions with %1 stayed around %2 since %3.</source>
        <translation>Tu ánimo tras las sesiones con %1 se ha mantenido en torno a %2 desde el %3.</translation>
    </message>
    <message>
        <source>Your energy after sessions with %1 stayed around %2 since %3.</source>
        <translation>Tu energía tras las sesiones con %1 se ha mantenido en torno a %2 desde el %3.</translation>
    </message>
    <message>
        <source>Your mood after sessions stayed around %2 since %3.</source>
        <translation>Tu ánimo tras las sesiones se ha mantenido en torno a %2 desde el %3.</translation>
    </message>
    <message>
        <source>Your energy after sessions stayed around %2 since %3.</source>
        <translation>Tu energía tras las sesiones se ha mantenido en torno a %2 desde el %3.</translation>
    </message>
    <message>
        <source>Your mood after sessions with %1 rose from %2 to %3 since %4.</source>
        <translation>Tu ánimo tras las sesiones con %1 ha subido de %2 a %3 desde el %4.</translation>
    </message>
    <message>
        <source>Your mood after sessions with %1 fell from %2 to %3 since %4.</source>
        <translation>Tu ánimo tras las sesiones con %1 ha bajado de %2 a %3 desde el %4.</translation>
    </message>
    <message>
        <source>Your energy after sessions with %1 rose from %2 to %3 since %4.</source>
        <translation>Tu energía tras las sesiones con %1 ha subido de %2 a %3 desde el %4.</translation>
    </message>
    <message>
        <source>Your energy after sessions with %1 fell from %2 to %3 since %4.</source>
        <translation>Tu energía tras las sesiones con %1 ha bajado de %2 a %3 desde el %4.</translation>
    </message>
    <message>
        <source>Your mood after sessions rose from %2 to %3 since %4.</source>
        <translation>Tu ánimo tras las sesiones ha subido de %2 a %3 desde el %4.</translation>
    </message>
    <message>
        <source>Your mood after sessions fell from %2 to %3 since %4.</source>
        <translation>Tu ánimo tras las sesiones ha bajado de %2 a %3 desde el %4.</translation>
    </message>
    <message>
        <source>Your energy after sessions rose from %2 to %3 since %4.</source>
        <translation>Tu energía tras las sesiones ha subido de %2 a %3 desde el %4.</translation>
    </message>
    <message>
        <source>Your energy after sessions fell from %2 to %3 since %4.</source>
        <translation>Tu energía tras las sesiones ha bajado de %2 a %3 desde el %4.</translation>
    </message>
    <message>
        <source>Nothing to show for this period yet. Session notes with a mood and energy, goals with small steps and the feedback you receive show up here as patterns over the months.</source>
        <translation>Aún no hay nada que mostrar en este periodo. Las notas de sesión con ánimo y energía, los objetivos con pasos pequeños y la retroalimentación que recibes aparecen aquí como patrones a lo largo de los meses.</translation>
    </message>
    <message numerus="yes">
        <source>You met %1 %n times in this period.</source>
        <translation>
            <numerusform>Te reuniste con %1 %n vez en este periodo.</numerusform>
            <numerusform>Te reuniste con %1 %n veces en este periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>None came later than that.</source>
        <translation>Ninguna llegó más tarde.</translation>
    </message>
    <message numerus="yes">
        <source>You agreed to meet every %n days.</source>
        <translation>
            <numerusform>Acordasteis reuniros cada día.</numerusform>
            <numerusform>Acordasteis reuniros cada %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings came later than that.</source>
        <translation>
            <numerusform>%n reunión llegó más tarde.</numerusform>
            <numerusform>%n reuniones llegaron más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>A protected goal stayed at %1%.</source>
        <translation>Un objetivo protegido se quedó en el %1 %.</translation>
    </message>
    <message>
        <source>A protected goal went from %1% to %2%.</source>
        <translation>Un objetivo protegido pasó del %1 % al %2 %.</translation>
    </message>
    <message>
        <source>“%1” stayed at %2%.</source>
        <translation>«%1» se quedó en el %2 %.</translation>
    </message>
    <message>
        <source>“%1” went from %2% to %3%.</source>
        <translation>«%1» pasó del %2 % al %3 %.</translation>
    </message>
    <message numerus="yes">
        <source>%n other goals in this period.</source>
        <translation>
            <numerusform>%n objetivo más en este periodo.</numerusform>
            <numerusform>%n objetivos más en este periodo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You also met %n other partners.</source>
        <translation>
            <numerusform>También te reuniste con %n compañero más.</numerusform>
            <numerusform>También te reuniste con %n compañeros más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You received feedback %n times.</source>
        <translation>
            <numerusform>Recibiste retroalimentación %n vez.</numerusform>
            <numerusform>Recibiste retroalimentación %n veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n action items are done.</source>
        <translation>
            <numerusform>%1 de %n acción está hecha.</numerusform>
            <numerusform>%1 de %n acciones están hechas.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 came up more often in the second half of the period (%2 → %3 entries).</source>
        <translation>#%1 apareció más a menudo en la segunda mitad del periodo (%2 → %3 entradas).</translation>
    </message>
    <message>
        <source>#%1 came up less often in the second half of the period (%2 → %3 entries).</source>
        <translation>#%1 apareció menos a menudo en la segunda mitad del periodo (%2 → %3 entradas).</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Insights</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Whose entries</source>
        <translation>De quién son las entradas</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>P&amp;eriodo:</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Between days…</source>
        <translation>Entre dos días…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Mood and energy after sessions</source>
        <translation>Ánimo y energía tras las sesiones</translation>
    </message>
    <message>
        <source>Goals: progress over time</source>
        <translation>Objetivos: avance a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Meetings: days since the one before</source>
        <translation>Reuniones: días desde la anterior</translation>
    </message>
    <message>
        <source>Feedback received per month</source>
        <translation>Retroalimentación recibida por mes</translation>
    </message>
    <message>
        <source>Tags that rose or fell</source>
        <translation>Etiquetas que subieron o bajaron</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Todos los compañeros</translation>
    </message>
    <message>
        <source>No session notes with a mood or energy in this period.</source>
        <translation>No hay notas de sesión con ánimo o energía en este periodo.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>From 1 (low) to 5 (high). Click a point to open its session note.</source>
        <translation>De 1 (bajo) a 5 (alto). Haz clic en un punto para abrir su nota de sesión.</translation>
    </message>
    <message>
        <source>No goal moved in this period.</source>
        <translation>Ningún objetivo avanzó en este periodo.</translation>
    </message>
    <message>
        <source>Protected goal</source>
        <translation>Objetivo protegido</translation>
    </message>
    <message>
        <source>Large dots: the day a small step was done. Click a point to open the goal.</source>
        <translation>Puntos grandes: el día en que se hizo un paso pequeño. Haz clic en un punto para abrir el objetivo.</translation>
    </message>
    <message>
        <source>No session notes with a partner in this period.</source>
        <translation>No hay notas de sesión con un compañero en este periodo.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days (%1)</source>
        <translation>
            <numerusform>Cada día (%1)</numerusform>
            <numerusform>Cada %n días (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Red dots: a meeting that came later than agreed. Click one to open it.</source>
        <translation>Puntos rojos: una reunión que llegó más tarde de lo acordado. Haz clic en uno para abrirla.</translation>
    </message>
    <message>
        <source>No feedback received in this period.</source>
        <translation>No se recibió retroalimentación en este periodo.</translation>
    </message>
    <message>
        <source>Situation, behaviour, impact</source>
        <translation>Situación, comportamiento, impacto</translation>
    </message>
    <message>
        <source>Start, stop, continue</source>
        <translation>Empezar, dejar, continuar</translation>
    </message>
    <message>
        <source>Action items done</source>
        <translation>Acciones hechas</translation>
    </message>
    <message>
        <source>No tag came up more or less often in this period.</source>
        <translation>Ninguna etiqueta apareció más o menos a menudo en este periodo.</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>Primera mitad</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>Segunda mitad</translation>
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
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation>Añadir a: %1</translation>
    </message>
</context>
<context>
    <name>KindForm</name>
    <message>
        <source>It sounds like… Is that right?</source>
        <translation>Parece que… ¿Es así?</translation>
    </message>
    <message>
        <source>What I heard is…</source>
        <translation>Lo que entendí es…</translation>
    </message>
    <message>
        <source>Suggest a prompt</source>
        <translation>Sugerir una pregunta</translation>
    </message>
    <message>
        <source>Suggest a reflection prompt</source>
        <translation>Sugerir una pregunta para reflexionar</translation>
    </message>
    <message>
        <source>Adds a question to reflect on to this field</source>
        <translation>Añade a este campo una pregunta para reflexionar</translation>
    </message>
    <message>
        <source>%p% done</source>
        <translation>%p % hecho</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation>Progreso del objetivo</translation>
    </message>
    <message>
        <source>Progress so far</source>
        <translation>Progreso hasta ahora</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Un elemento por línea</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MentorVault — Locked</source>
        <translation>MentorVault — Bloqueado</translation>
    </message>
    <message>
        <source>MentorVault — Demo</source>
        <translation>MentorVault — Demostración</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Abrir la carpeta de una bóveda</translation>
    </message>
    <message>
        <source>No vault there</source>
        <translation>Ahí no hay ninguna bóveda</translation>
    </message>
    <message>
        <source>There is no MentorVault vault in %1. Pick the folder that holds vault.db and keyslots.json, or create a new vault.</source>
        <translation>No hay ninguna bóveda de MentorVault en %1. Elige la carpeta que contiene vault.db y keyslots.json, o crea una bóveda nueva.</translation>
    </message>
    <message>
        <source>Setting up the demo vault…</source>
        <translation>Preparando la bóveda de demostración…</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Ajustes no guardados</translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <source>My contact card</source>
        <translation>Mi tarjeta de contacto</translation>
    </message>
    <message>
        <source>Your contact card lets a partner send you bundles and check the ones you send. It holds your name and two public keys, nothing else. Give the file to your partner, then read the words below to each other, in person or on a call.</source>
        <translation>Tu tarjeta de contacto permite que un compañero te envíe paquetes y compruebe los que tú envías. Contiene tu nombre y dos claves públicas, nada más. Entrega el archivo a tu compañero y leed en voz alta las palabras de abajo, en persona o en una llamada.</translation>
    </message>
    <message>
        <source>&amp;Name on the card:</source>
        <translation>&amp;Nombre en la tarjeta:</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Nombre en la tarjeta</translation>
    </message>
    <message>
        <source>How your partners will see you</source>
        <translation>Así te verán tus compañeros</translation>
    </message>
    <message>
        <source>Save card…</source>
        <translation>Guardar tarjeta…</translation>
    </message>
    <message>
        <source>Save my contact card to a file</source>
        <translation>Guardar mi tarjeta de contacto en un archivo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save my contact card</source>
        <translation>Guardar mi tarjeta de contacto</translation>
    </message>
    <message>
        <source>Saved to %1. Give this file to your partner.</source>
        <translation>Guardada en %1. Entrega este archivo a tu compañero.</translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation>Tarjeta no guardada</translation>
    </message>
    <message>
        <source>Name not saved</source>
        <translation>Nombre no guardado</translation>
    </message>
</context>
<context>
    <name>NotesOutActions</name>
    <message>
        <source>This PDF is not encrypted. It will be saved to %1, where anyone who can open that place can read it.</source>
        <translation>Este PDF no está cifrado. Se guardará en %1, donde cualquiera que pueda abrir ese lugar podrá leerlo.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written there (%1). Nothing was saved.</source>
        <translation>No se pudo escribir el PDF ahí (%1). No se guardó nada.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Exportar notas</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entry(s) to %1. It is not encrypted.</source>
        <translation>
            <numerusform>Se escribió %n entrada en %1. No está cifrada.</numerusform>
            <numerusform>Se escribieron %n entradas en %1. No están cifradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be written. Nothing was saved.</source>
        <translation>No se pudo escribir el PDF. No se guardó nada.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Open an entry first, then print it.</source>
        <translation>Primero abre una entrada y luego imprímela.</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <source>Session pack %1</source>
        <translation>Dosier de sesión %1</translation>
    </message>
    <message>
        <source>Session pack for %1</source>
        <translation>Dosier de sesión para %1</translation>
    </message>
    <message>
        <source>Cannot make the session pack</source>
        <translation>No se puede preparar el dosier de sesión</translation>
    </message>
    <message>
        <source>Summary %1</source>
        <translation>Resumen %1</translation>
    </message>
    <message>
        <source>End-of-cycle summary for %1</source>
        <translation>Resumen de fin de ciclo para %1</translation>
    </message>
    <message>
        <source>Cannot make the summary</source>
        <translation>No se puede preparar el resumen</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, - lists, # headings</source>
        <translation>**negrita**, *cursiva*, - lista, # título</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Write or preview the notes</source>
        <translation>Escribir las notas o verlas en vista previa</translation>
    </message>
    <message>
        <source>Write freely. Markdown formatting is optional.</source>
        <translation>Escribe con libertad. El formato Markdown es opcional.</translation>
    </message>
    <message>
        <source>The body of the entry, in Markdown</source>
        <translation>El cuerpo de la entrada, en Markdown</translation>
    </message>
    <message>
        <source>Notes preview</source>
        <translation>Vista previa de las notas</translation>
    </message>
</context>
<context>
    <name>OverviewBar</name>
    <message>
        <source>Start the agenda</source>
        <translation>Empezar la agenda</translation>
    </message>
    <message>
        <source>Write an agenda for that meeting</source>
        <translation>Escribir una agenda para esa reunión</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the agreement to review</source>
        <translation>Abrir el acuerdo que hay que revisar</translation>
    </message>
    <message>
        <source>The agreement &quot;%1&quot; is past its review date (%2). Look at it together?</source>
        <translation>El acuerdo «%1» ha pasado su fecha de revisión (%2). ¿Lo miráis juntos?</translation>
    </message>
    <message>
        <source>(protected)</source>
        <translation>(protegido)</translation>
    </message>
    <message numerus="yes">
        <source>%n agreements are past their review date. Look at them together?</source>
        <translation>
            <numerusform>%n acuerdo ha pasado su fecha de revisión. ¿Lo miráis juntos?</numerusform>
            <numerusform>%n acuerdos han pasado su fecha de revisión. ¿Los miráis juntos?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerBanner</name>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Editar compañero</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>More for this partner</source>
        <translation>Más sobre este compañero</translation>
    </message>
    <message>
        <source>Their card, your card, and ending the relationship</source>
        <translation>Su tarjeta, tu tarjeta y terminar la relación</translation>
    </message>
    <message>
        <source>Add their card…</source>
        <translation>Añadir su tarjeta…</translation>
    </message>
    <message>
        <source>Verify their card…</source>
        <translation>Verificar su tarjeta…</translation>
    </message>
    <message>
        <source>My contact card…</source>
        <translation>Mi tarjeta de contacto…</translation>
    </message>
    <message>
        <source>Send by email…</source>
        <translation>Enviar por correo…</translation>
    </message>
    <message>
        <source>Make the bundle, then open your mail program with it attached</source>
        <translation>Crear el paquete y abrir tu programa de correo con él adjunto</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Añadir al calendario…</translation>
    </message>
    <message>
        <source>The next meeting and the rhythm as a file any calendar imports</source>
        <translation>La próxima reunión y el ritmo como un archivo que cualquier calendario importa</translation>
    </message>
    <message>
        <source>Stop using the exchange folder</source>
        <translation>Dejar de usar la carpeta de intercambio</translation>
    </message>
    <message>
        <source>Session pack (PDF)…</source>
        <translation>Dosier de sesión (PDF)…</translation>
    </message>
    <message>
        <source>End-of-cycle summary (PDF)…</source>
        <translation>Resumen de fin de ciclo (PDF)…</translation>
    </message>
    <message>
        <source>End this relationship…</source>
        <translation>Terminar esta relación…</translation>
    </message>
    <message>
        <source>Before we meet</source>
        <translation>Antes de vernos</translation>
    </message>
    <message>
        <source>What they shared beside your own agenda, to prepare the next meeting</source>
        <translation>Lo que compartió, junto a tu propia agenda, para preparar la próxima reunión</translation>
    </message>
    <message>
        <source>Prepare bundle…</source>
        <translation>Preparar paquete…</translation>
    </message>
    <message>
        <source>Prepare bundle</source>
        <translation>Preparar paquete</translation>
    </message>
    <message>
        <source>See everything that will leave, then save one encrypted file for them</source>
        <translation>Ver todo lo que saldrá y después guardar un archivo cifrado para esa persona</translation>
    </message>
    <message>
        <source>What have they seen?</source>
        <translation>¿Qué ha visto?</translation>
    </message>
    <message>
        <source>What has my partner seen?</source>
        <translation>¿Qué ha visto mi compañero?</translation>
    </message>
    <message>
        <source>Every entry that left for them, and its state now</source>
        <translation>Cada entrada que le llegó y su estado actual</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>See everything that will leave, then put the bundle in the folder you both reach</source>
        <translation>Ver todo lo que saldrá y luego dejar el paquete en la carpeta a la que llegáis los dos</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Choose the folder you both reach</source>
        <translation>Elegir la carpeta a la que llegáis los dos</translation>
    </message>
    <message>
        <source>Send when I share an entry</source>
        <translation>Enviar cuando comparta una entrada</translation>
    </message>
    <message>
        <source>Sharing an entry with this partner puts it in the exchange folder without another click</source>
        <translation>Compartir una entrada con este compañero la deja en la carpeta de intercambio sin otro clic</translation>
    </message>
    <message>
        <source>Start the agenda</source>
        <translation>Empezar la agenda</translation>
    </message>
    <message>
        <source>Write an agenda for the next meeting</source>
        <translation>Escribir una agenda para la próxima reunión</translation>
    </message>
    <message>
        <source>%1 has a new card with different keys. Nothing from it is accepted until you compare the fingerprint words with them.</source>
        <translation>%1 tiene una tarjeta nueva con claves distintas. No se acepta nada de ella hasta que comparéis las palabras de la huella.</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Verificar…</translation>
    </message>
    <message>
        <source>To exchange entries with %1, add their contact card.</source>
        <translation>Para intercambiar entradas con %1, añade su tarjeta de contacto.</translation>
    </message>
    <message>
        <source>%1&apos;s card is not verified yet. Compare the fingerprint words with them before sharing.</source>
        <translation>La tarjeta de %1 aún no está verificada. Comparad las palabras de la huella antes de compartir.</translation>
    </message>
    <message>
        <source>Card verified on %1 (fingerprint begins “%2”).</source>
        <translation>Tarjeta verificada el %1 (la huella empieza por «%2»).</translation>
    </message>
    <message>
        <source>Fingerprint…</source>
        <translation>Huella…</translation>
    </message>
    <message>
        <source>Replace their card…</source>
        <translation>Sustituir su tarjeta…</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>Enviar a %1</translation>
    </message>
    <message>
        <source>No exchange folder yet. With a folder you both reach (Syncthing, Nextcloud, Dropbox, a USB stick), bundles travel by themselves.</source>
        <translation>Aún no hay carpeta de intercambio. Con una carpeta a la que lleguéis los dos (Syncthing, Nextcloud, Dropbox, una memoria USB), los paquetes viajan solos.</translation>
    </message>
    <message>
        <source>Exchange folder: %1</source>
        <translation>Carpeta de intercambio: %1</translation>
    </message>
    <message>
        <source>What %1 sends there is imported while MentorVault is unlocked.</source>
        <translation>Lo que %1 envíe allí se importa mientras MentorVault esté desbloqueado.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>No role or rhythm set yet.</source>
        <translation>Aún no hay rol ni ritmo.</translation>
    </message>
    <message>
        <source>What has %1 seen?</source>
        <translation>¿Qué ha visto %1?</translation>
    </message>
    <message>
        <source>The agreement &quot;%1&quot; was due for review on %2. Look at it together?</source>
        <translation>El acuerdo «%1» debía revisarse el %2. ¿Lo miráis juntos?</translation>
    </message>
    <message>
        <source>(protected)</source>
        <translation>(protegido)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>Abrir el acuerdo</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Editar compañero</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Añadir un compañero</translation>
    </message>
    <message>
        <source>A partner is someone you are in a mentoring relationship with. Entries can belong to a partner, so notes about different people never mix.</source>
        <translation>Un compañero es alguien con quien tienes una relación de mentoría. Las entradas pueden pertenecer a un compañero, para que las notas sobre personas distintas nunca se mezclen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>How you call them; only you see it</source>
        <translation>Cómo la llamas tú; solo tú lo ves</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Su rol</translation>
    </message>
    <message>
        <source>Are they your mentor, your mentee or a peer?</source>
        <translation>¿Es tu mentor, tu mentorado o un par?</translation>
    </message>
    <message>
        <source>&amp;They are:</source>
        <translation>&amp;Es:</translation>
    </message>
    <message>
        <source>Kind of mentoring</source>
        <translation>Tipo de mentoría</translation>
    </message>
    <message>
        <source>What they mostly do for you: advise, advocate, affirm, challenge, coach, connect or sponsor</source>
        <translation>Lo que sobre todo hace por ti: aconsejar, defender, reafirmar, desafiar, entrenar, conectar o patrocinar</translation>
    </message>
    <message>
        <source>&amp;Mostly a:</source>
        <translation>&amp;Sobre todo:</translation>
    </message>
    <message>
        <source>No fixed rhythm</source>
        <translation>Sin ritmo fijo</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Meeting rhythm</source>
        <translation>Ritmo de las reuniones</translation>
    </message>
    <message>
        <source>How many days between meetings</source>
        <translation>Cuántos días pasan entre reuniones</translation>
    </message>
    <message>
        <source>Meet &amp;every:</source>
        <translation>&amp;Reunirse cada:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Añadir compañero</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PartnerFlow</name>
    <message>
        <source>Agenda for %1, %2</source>
        <translation>Agenda para %1, %2</translation>
    </message>
    <message>
        <source>Agenda for %1</source>
        <translation>Agenda para %1</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Mostrar u ocultar lo que escribiste</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Enter your passphrase</source>
        <translation>Escribe tu frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show protected entries</source>
        <translation>Mostrar entradas protegidas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PickPartnersDialog</name>
    <message>
        <source>Prepare a bundle</source>
        <translation>Preparar un paquete</translation>
    </message>
    <message>
        <source>Who is it for? Only partners whose card you verified can receive a bundle. Choosing several makes one bundle holding only what you shared with every one of them.</source>
        <translation>¿Para quién es? Solo los compañeros cuya tarjeta verificaste pueden recibir un paquete. Si eliges varios, se crea un solo paquete con lo que compartiste con todos ellos.</translation>
    </message>
    <message>
        <source>no card yet</source>
        <translation>aún sin tarjeta</translation>
    </message>
    <message>
        <source>card not verified yet</source>
        <translation>tarjeta aún sin verificar</translation>
    </message>
    <message>
        <source>Bundle for %1</source>
        <translation>Paquete para %1</translation>
    </message>
    <message>
        <source>You have no partners yet.</source>
        <translation>Aún no tienes compañeros.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue to the preview</source>
        <translation>Continuar a la vista previa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PrepDialog</name>
    <message>
        <source>Before we meet: %1</source>
        <translation>Antes de vernos: %1</translation>
    </message>
    <message>
        <source>Your next meeting with %1 is due %2.</source>
        <translation>Tu próxima reunión con %1 está prevista el %2.</translation>
    </message>
    <message>
        <source>No meeting with %1 is planned yet.</source>
        <translation>Aún no hay ninguna reunión prevista con %1.</translation>
    </message>
    <message>
        <source>On the left, what %1 chose to share with you; on the right, your own agenda.</source>
        <translation>A la izquierda, lo que %1 eligió compartir contigo; a la derecha, tu propia agenda.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>What %1 shared</source>
        <translation>Lo que compartió %1</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>Mi agenda</translation>
    </message>
    <message>
        <source>Start my agenda</source>
        <translation>Empezar mi agenda</translation>
    </message>
    <message>
        <source>Write your agenda for the next meeting</source>
        <translation>Escribe tu agenda para la próxima reunión</translation>
    </message>
    <message>
        <source>*Last changed %1.*</source>
        <translation>*Último cambio: %1.*</translation>
    </message>
    <message>
        <source>You have no agenda for %1 yet.</source>
        <translation>Aún no tienes agenda para %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Session pack (PDF)…</source>
        <translation>Dosier de sesión (PDF)…</translation>
    </message>
    <message>
        <source>Session pack</source>
        <translation>Dosier de sesión</translation>
    </message>
    <message>
        <source>Both agendas, open goals and steps, and what they shared, as a PDF to take to the meeting</source>
        <translation>Las dos agendas, los objetivos y pasos abiertos y lo que compartió, en un PDF para llevar a la reunión</translation>
    </message>
</context>
<context>
    <name>PrepNotes</name>
    <message>
        <source>Their agenda</source>
        <translation>Su agenda</translation>
    </message>
    <message>
        <source>They have not shared an agenda yet.</source>
        <translation>Aún no ha compartido una agenda.</translation>
    </message>
    <message>
        <source>Nothing shared.</source>
        <translation>Nada compartido.</translation>
    </message>
    <message>
        <source>Their session notes</source>
        <translation>Sus notas de sesión</translation>
    </message>
    <message>
        <source>What they are struggling with</source>
        <translation>Con qué está luchando</translation>
    </message>
    <message>
        <source>Their feedback reflections</source>
        <translation>Sus reflexiones sobre retroalimentación</translation>
    </message>
    <message>
        <source>Their goals</source>
        <translation>Sus objetivos</translation>
    </message>
    <message>
        <source>No goals shared.</source>
        <translation>No ha compartido objetivos.</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1 % hecho</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>MentorVault notes</source>
        <translation>Notas de MentorVault</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <source>This document is not encrypted.</source>
        <translation>Este documento no está cifrado.</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Adjuntos: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>kind, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Session pack: %1</source>
        <translation>Dosier de sesión: %1</translation>
    </message>
    <message>
        <source>Next meeting: %1</source>
        <translation>Próxima reunión: %1</translation>
    </message>
    <message>
        <source>No meeting planned yet</source>
        <translation>Aún no hay ninguna reunión prevista</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>Mi agenda</translation>
    </message>
    <message>
        <source>%1&apos;s agenda</source>
        <translation>Agenda de %1</translation>
    </message>
    <message>
        <source>No agenda yet.</source>
        <translation>Aún no hay agenda.</translation>
    </message>
    <message>
        <source>Open goals and steps</source>
        <translation>Objetivos y pasos abiertos</translation>
    </message>
    <message>
        <source>No open goals.</source>
        <translation>No hay objetivos abiertos.</translation>
    </message>
    <message>
        <source>%1 (%2% done)</source>
        <translation>%1 (%2 % hecho)</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>meta %1</translation>
    </message>
    <message>
        <source>shared by %1</source>
        <translation>compartido por %1</translation>
    </message>
    <message>
        <source>What %1 shared</source>
        <translation>Lo que compartió %1</translation>
    </message>
    <message>
        <source>Nothing shared yet.</source>
        <translation>Aún no se ha compartido nada.</translation>
    </message>
    <message>
        <source>End-of-cycle summary: %1</source>
        <translation>Resumen de fin de ciclo: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation>Objetivos alcanzados</translation>
    </message>
    <message>
        <source>Goals still open</source>
        <translation>Objetivos aún abiertos</translation>
    </message>
    <message>
        <source>Wins along the way</source>
        <translation>Logros por el camino</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Comentarios recibidos</translation>
    </message>
    <message>
        <source>Feedback %1 shared</source>
        <translation>Comentarios que compartió %1</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>step, the day it was done</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>for %1</source>
        <comment>a step for a goal</comment>
        <translation>para %1</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
</context>
<context>
    <name>ReflectView</name>
    <message>
        <source>Reflect</source>
        <translation>Reflexionar</translation>
    </message>
    <message>
        <source>Pick a deck and answer the question in your own words. There is no right answer; a few honest sentences are plenty.</source>
        <translation>Elige una colección y responde a la pregunta con tus propias palabras. No hay respuesta correcta; bastan unas pocas frases sinceras.</translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation>&amp;Colección:</translation>
    </message>
    <message>
        <source>Prompt deck</source>
        <translation>Colección de preguntas</translation>
    </message>
    <message>
        <source>&amp;Another prompt</source>
        <translation>&amp;Otra pregunta</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>Otra pregunta</translation>
    </message>
    <message>
        <source>Show a different question from this deck</source>
        <translation>Mostrar otra pregunta de esta colección</translation>
    </message>
    <message>
        <source>Your answer…</source>
        <translation>Tu respuesta…</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Sobre:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Compañero</translation>
    </message>
    <message>
        <source>The mentoring relationship this reflection is about</source>
        <translation>La relación de mentoría de la que trata esta reflexión</translation>
    </message>
    <message>
        <source>&amp;Save reflection</source>
        <translation>&amp;Guardar reflexión</translation>
    </message>
    <message>
        <source>Save the answer as a reflection entry (Ctrl+Return)</source>
        <translation>Guardar la respuesta como entrada de reflexión (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Nadie en particular</translation>
    </message>
    <message>
        <source>Write a few words first; an empty answer is not saved.</source>
        <translation>Escribe primero unas palabras; una respuesta vacía no se guarda.</translation>
    </message>
    <message>
        <source>Saved with your reflections. Here is another question, if you like.</source>
        <translation>Guardada con tus reflexiones. Aquí tienes otra pregunta, si quieres.</translation>
    </message>
</context>
<context>
    <name>RekeyDoneDialog</name>
    <message>
        <source>The vault has a new key</source>
        <translation>La bóveda tiene una clave nueva</translation>
    </message>
    <message>
        <source>Your new passphrase unlocks the vault now. The old passphrase, and any copy of the old key file, no longer open it.</source>
        <translation>Tu nueva frase de contraseña desbloquea ahora la bóveda. La frase anterior, y cualquier copia del archivo de la clave anterior, ya no la abren.</translation>
    </message>
    <message>
        <source>The keyring could not be reached, so this computer no longer remembers the vault. You can turn that on again in Settings.</source>
        <translation>No se pudo acceder al llavero, así que este equipo ya no recuerda la bóveda. Puedes volver a activarlo en Ajustes.</translation>
    </message>
    <message>
        <source>&amp;Replace them with one fresh backup</source>
        <translation>&amp;Sustituirlas por una sola copia nueva</translation>
    </message>
    <message>
        <source>Replace the older backups with one fresh backup</source>
        <translation>Sustituir las copias anteriores por una sola copia nueva</translation>
    </message>
    <message>
        <source>Your new recovery key: the old one no longer opens the vault. It is shown only now; write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Tu nueva clave de recuperación: la anterior ya no abre la bóveda. Solo se muestra ahora; anótala y guárdala en un lugar seguro, lejos de este equipo.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <source>I have written down the new recovery key</source>
        <translation>He anotado la nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Backup files you saved elsewhere still open with the old passphrase.</source>
        <translation>Los archivos de copia que guardaste en otro lugar se siguen abriendo con la frase de contraseña anterior.</translation>
    </message>
    <message>
        <source>One backup made before still opens with the old passphrase and shows only what the vault held when it was made.</source>
        <translation>Una copia hecha antes se sigue abriendo con la frase de contraseña anterior y solo muestra lo que contenía la bóveda cuando se hizo.</translation>
    </message>
    <message numerus="yes">
        <source>%n backups made before still open with the old passphrase and show only what the vault held when they were made.</source>
        <translation>
            <numerusform>%n copia hecha antes se sigue abriendo con la frase de contraseña anterior y solo muestra lo que contenía la bóveda cuando se hizo.</numerusform>
            <numerusform>%n copias hechas antes se siguen abriendo con la frase de contraseña anterior y solo muestran lo que contenía la bóveda cuando se hicieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>There were no backups to replace. Backup files you saved elsewhere still open with the old passphrase.</source>
        <translation>No había copias que sustituir. Los archivos de copia que guardaste en otro lugar se siguen abriendo con la frase de contraseña anterior.</translation>
    </message>
</context>
<context>
    <name>ReminderPump</name>
    <message>
        <source>A bundle from %1 arrived.</source>
        <translation>Llegó un paquete de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n new or updated entry(s).</source>
        <translation>
            <numerusform>%n entrada nueva o actualizada.</numerusform>
            <numerusform>%n entradas nuevas o actualizadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed at their request.</source>
        <translation>
            <numerusform>%n eliminada a petición suya.</numerusform>
            <numerusform>%n eliminadas a petición suya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Your meeting with %1 is due tomorrow</source>
        <translation>Tu reunión con %1 es mañana</translation>
    </message>
    <message>
        <source>Prepare an agenda in MentorVault.</source>
        <translation>Prepara una agenda en MentorVault.</translation>
    </message>
    <message>
        <source>A mentoring meeting is due tomorrow</source>
        <translation>Mañana hay una reunión de mentoría</translation>
    </message>
    <message>
        <source>%1 sent you a bundle</source>
        <translation>%1 te envió un paquete</translation>
    </message>
    <message>
        <source>Open MentorVault to see what arrived.</source>
        <translation>Abre MentorVault para ver lo que llegó.</translation>
    </message>
    <message>
        <source>A partner&apos;s bundle arrived</source>
        <translation>Llegó el paquete de un compañero</translation>
    </message>
    <message>
        <source>Your session note for the meeting with %1 is not written yet</source>
        <translation>Tu nota de la sesión con %1 aún no está escrita</translation>
    </message>
    <message>
        <source>Write down what you discussed while you remember it.</source>
        <translation>Anota lo que hablasteis mientras lo recuerdas.</translation>
    </message>
    <message>
        <source>A session note is not written yet</source>
        <translation>Una nota de sesión aún no está escrita</translation>
    </message>
    <message>
        <source>“%1” is due for review</source>
        <translation>Toca revisar «%1»</translation>
    </message>
    <message>
        <source>Look at the agreement together at your next meeting.</source>
        <translation>Revisad juntos el acuerdo en vuestra próxima reunión.</translation>
    </message>
    <message>
        <source>A boundary agreement is due for review</source>
        <translation>Toca revisar un acuerdo de límites</translation>
    </message>
    <message>
        <source>MentorVault has a reminder for you</source>
        <translation>MentorVault tiene un recordatorio para ti</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Checks every page of the backup, then makes it a vault in a new folder. The current vault folder is left exactly as it is. Use the passphrase the vault had when the backup was made, or your recovery key.</source>
        <translation>Comprueba cada página de la copia y la convierte en una bóveda en una carpeta nueva. La carpeta actual de la bóveda queda exactamente como está. Usa la frase de contraseña que tenía la bóveda cuando se hizo la copia, o tu clave de recuperación.</translation>
    </message>
    <message>
        <source>New vault folder</source>
        <translation>Nueva carpeta de la bóveda</translation>
    </message>
    <message>
        <source>An empty or new folder; the backup becomes a vault there. Nothing else is touched.</source>
        <translation>Una carpeta vacía o nueva; allí la copia se convierte en bóveda. No se toca nada más.</translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation>Restaurar &amp;en:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Choose a backup file and a new folder for the vault.</source>
        <translation>Elige un archivo de copia de seguridad y una carpeta nueva para la bóveda.</translation>
    </message>
    <message>
        <source>Type the passphrase or the recovery key.</source>
        <translation>Escribe la frase de contraseña o la clave de recuperación.</translation>
    </message>
    <message>
        <source>Checking every page of the backup, then restoring it…</source>
        <translation>Comprobando cada página de la copia y restaurándola después…</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <source>Version %1 · %2</source>
        <translation>Versión %1 · %2</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <translation>Versión %1 restaurada</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Protected entry</source>
        <translation>Entrada protegida</translation>
    </message>
    <message>
        <source>Hidden until you enter your passphrase</source>
        <translation>Oculto hasta que escribas tu frase de contraseña</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all entries…</source>
        <translation>Buscar en todas las entradas…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Words to find. Use &quot;quotes&quot; for a phrase, a trailing * for the start of a word, OR and NOT.</source>
        <translation>Palabras que buscar. Usa &quot;comillas&quot; para una frase, un * al final para el comienzo de una palabra, OR y NOT.</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro por tipo</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtro por etiqueta</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Partner filter</source>
        <translation>Filtro por compañero</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Only entries dated on or after this day</source>
        <translation>Solo entradas con fecha de este día o posterior</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Only entries dated on or before this day</source>
        <translation>Solo entradas con fecha de este día o anterior</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Type to search. Results appear as you type.</source>
        <translation>Escribe para buscar. Los resultados aparecen mientras escribes.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words, or clear a filter.</source>
        <translation>No se encontró nada. Prueba con menos palabras o más cortas, o quita un filtro.</translation>
    </message>
    <message>
        <source>Many matches; the best come first.</source>
        <translation>Muchas coincidencias; las mejores primero.</translation>
    </message>
    <message>
        <source>One match.</source>
        <translation>Una coincidencia.</translation>
    </message>
    <message numerus="yes">
        <source>%n matches, best first.</source>
        <translation>
            <numerusform>%n coincidencia, la mejor primero.</numerusform>
            <numerusform>%n coincidencias, las mejores primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeenDialog</name>
    <message>
        <source>What %1 has seen</source>
        <translation>Lo que ha visto %1</translation>
    </message>
    <message>
        <source>The record of what you shared does not add up: an entry in it was changed or removed outside MentorVault. What is listed may be incomplete.</source>
        <translation>El registro de lo que compartiste no cuadra: una entrada se cambió o se quitó fuera de MentorVault. Puede que la lista esté incompleta.</translation>
    </message>
    <message>
        <source>You have not sent %1 anything yet.</source>
        <translation>Aún no has enviado nada a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) sent to %1. Each entry below left at least once; this is the latest version they received and what happens to it now.</source>
        <translation>
            <numerusform>%n paquete enviado a %1. Cada entrada de abajo salió al menos una vez; esta es la última versión que recibió y lo que le pasa ahora.</numerusform>
            <numerusform>%n paquetes enviados a %1. Cada entrada de abajo salió al menos una vez; esta es la última versión que recibió y lo que le pasa ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>(an entry since deleted)</source>
        <translation>(una entrada ya eliminada)</translation>
    </message>
    <message>
        <source>still shared</source>
        <translation>aún compartida</translation>
    </message>
    <message>
        <source>changed since; the new version not sent</source>
        <translation>cambiada desde entonces; la versión nueva no se envió</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>revoked; they removed it on %1</source>
        <translation>revocada; la quitó el %1</translation>
    </message>
    <message>
        <source>%1 — sent %2, %3</source>
        <translation>%1 — enviada el %2, %3</translation>
    </message>
    <message>
        <source>Entries they received</source>
        <translation>Entradas que ha recibido</translation>
    </message>
    <message>
        <source>Check it with %1</source>
        <translation>Compruébalo con %1</translation>
    </message>
    <message>
        <source>Nine words sum up every entry version and removal request that went each way. %1 sees the same words in this window on their side, the other way round. Read them to each other, as you did the fingerprint: if they differ, a bundle did not arrive or a record was changed.</source>
        <translation>Nueve palabras resumen cada versión de una entrada y cada solicitud de eliminación que fue en cada sentido. %1 ve las mismas palabras en esta ventana en su lado, al revés. Leedlas en voz alta, como hicisteis con la huella: si no coinciden, un paquete no llegó o se cambió un registro.</translation>
    </message>
    <message>
        <source>What you sent %1</source>
        <translation>Lo que enviaste a %1</translation>
    </message>
    <message>
        <source>Words for what you sent</source>
        <translation>Palabras de lo que enviaste</translation>
    </message>
    <message>
        <source>What %1 sent you</source>
        <translation>Lo que %1 te envió</translation>
    </message>
    <message>
        <source>Words for what you received</source>
        <translation>Palabras de lo que recibiste</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>How partners see you on your contact card and on the bundles you send</source>
        <translation>Cómo te ven tus compañeros en tu tarjeta de contacto y en los paquetes que envías</translation>
    </message>
    <message>
        <source>Lock after &amp;no activity for:</source>
        <translation>Bloquear tras &amp;inactividad de:</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Bloquear tras un tiempo inactivo</translation>
    </message>
    <message>
        <source>Lock when there was no typing or clicking in MentorVault for this long</source>
        <translation>Bloquear cuando no se haya escrito ni pulsado nada en MentorVault durante este tiempo</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimised</source>
        <translation>Bloquear al &amp;minimizar la ventana</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Bloquear al minimizar la ventana</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Leave empty to keep backups inside the vault folder</source>
        <translation>Déjala vacía para guardar las copias dentro de la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elige la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Conservar las últimas:</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Copias que conservar</translation>
    </message>
    <message>
        <source>One automatic backup is made on each day you use MentorVault; older ones are removed</source>
        <translation>Cada día que usas MentorVault se hace una copia automática; las más antiguas se quitan</translation>
    </message>
    <message>
        <source>No automatic backups</source>
        <translation>Sin copias automáticas</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> copias</translation>
    </message>
    <message>
        <source>A meeting is &amp;due tomorrow</source>
        <translation>Hay &amp;una reunión mañana</translation>
    </message>
    <message>
        <source>Remind me of a meeting due tomorrow</source>
        <translation>Recordarme una reunión que es mañana</translation>
    </message>
    <message>
        <source>From the next agenda&apos;s date or the partner&apos;s meeting rhythm</source>
        <translation>Según la fecha de la próxima agenda o el ritmo de reuniones del compañero</translation>
    </message>
    <message>
        <source>A partner&apos;s bundle &amp;arrived</source>
        <translation>Lle&amp;gó el paquete de un compañero</translation>
    </message>
    <message>
        <source>Tell me when a partner&apos;s bundle arrived</source>
        <translation>Avisarme cuando llegue el paquete de un compañero</translation>
    </message>
    <message>
        <source>A session note is not &amp;written the day after a meeting</source>
        <translation>La nota de sesión no está &amp;escrita el día después de una reunión</translation>
    </message>
    <message>
        <source>Remind me to write the session note</source>
        <translation>Recordarme escribir la nota de sesión</translation>
    </message>
    <message>
        <source>An a&amp;greement&apos;s review date has passed</source>
        <translation>Pasó la fecha de revisión de un a&amp;cuerdo</translation>
    </message>
    <message>
        <source>Remind me to review a boundary agreement</source>
        <translation>Recordarme revisar un acuerdo de límites</translation>
    </message>
    <message>
        <source>Show names &amp;in reminders</source>
        <translation>Mostrar nom&amp;bres en los recordatorios</translation>
    </message>
    <message>
        <source>Show names in reminders</source>
        <translation>Mostrar nombres en los recordatorios</translation>
    </message>
    <message>
        <source>Off: a reminder names no person and no entry, since lock screens show notifications</source>
        <translation>Desactivado: un recordatorio no nombra a ninguna persona ni entrada, ya que las pantallas de bloqueo muestran las notificaciones</translation>
    </message>
    <message>
        <source>&amp;Spelling:</source>
        <translation>Orto&amp;grafía:</translation>
    </message>
    <message>
        <source>Spell-checking language</source>
        <translation>Idioma de la corrección ortográfica</translation>
    </message>
    <message>
        <source>Misspelt words are underlined in every text field; right-click one for suggestions</source>
        <translation>Las palabras mal escritas se subrayan en todos los campos de texto; haz clic derecho en una para ver sugerencias</translation>
    </message>
    <message>
        <source>Follow the system language</source>
        <translation>Igual que el idioma del sistema</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Inglés (Estados Unidos)</translation>
    </message>
    <message>
        <source>German (Germany)</source>
        <translation>Alemán (Alemania)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Español (España)</translation>
    </message>
    <message>
        <source>Spell checking is on, with the %1 dictionary. Words you add to the dictionary are kept inside the vault.</source>
        <translation>La corrección ortográfica está activada, con el diccionario %1. Las palabras que añades al diccionario se guardan dentro de la bóveda.</translation>
    </message>
    <message>
        <source>Spell checking is off.</source>
        <translation>La corrección ortográfica está desactivada.</translation>
    </message>
    <message>
        <source>Spell checking is not available: the spelling library (Enchant, with pyenchant) is not installed. Everything else works; install it to have misspelt words underlined.</source>
        <translation>La corrección ortográfica no está disponible: la biblioteca ortográfica (Enchant, con pyenchant) no está instalada. Todo lo demás funciona; instálala para que se subrayen las palabras mal escritas.</translation>
    </message>
    <message>
        <source>Spell checking is not available: no dictionary for %1 is installed (on Debian or Ubuntu: the hunspell package of that language).</source>
        <translation>La corrección ortográfica no está disponible: no hay ningún diccionario instalado para %1 (en Debian o Ubuntu: el paquete hunspell de ese idioma).</translation>
    </message>
    <message>
        <source>Spell checking starts when the vault is unlocked.</source>
        <translation>La corrección ortográfica empieza cuando se desbloquea la bóveda.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>The name your partners know you by</source>
        <translation>El nombre por el que te conocen tus compañeros</translation>
    </message>
    <message>
        <source>Your contact card carries this name. A partner who already has your card sees a new name only when you give them a new card.</source>
        <translation>Tu tarjeta de contacto lleva este nombre. Un compañero que ya tiene tu tarjeta solo ve un nombre nuevo cuando le das una tarjeta nueva.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>MentorVault also locks when the computer sleeps or the screen locks, where the desktop reports it.</source>
        <translation>MentorVault también se bloquea cuando el equipo entra en reposo o se bloquea la pantalla, si el escritorio lo notifica.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer una &amp;copia ahora</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>&amp;Verify a backup…</source>
        <translation>&amp;Verificar una copia…</translation>
    </message>
    <message>
        <source>Verify a backup</source>
        <translation>Verificar una copia de seguridad</translation>
    </message>
    <message>
        <source>Open a backup file read-only and check it fully</source>
        <translation>Abrir un archivo de copia en solo lectura y comprobarlo por completo</translation>
    </message>
    <message>
        <source>Re&amp;place all backups…</source>
        <translation>&amp;Sustituir todas las copias…</translation>
    </message>
    <message>
        <source>Replace all backups with one fresh backup</source>
        <translation>Sustituir todas las copias por una sola copia nueva</translation>
    </message>
    <message>
        <source>Older backups keep entries deleted since and the passphrase of their day</source>
        <translation>Las copias antiguas conservan las entradas borradas desde entonces y la frase de contraseña de su momento</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Reminders appear as desktop notifications while MentorVault is unlocked, or in the window where the desktop shows none.</source>
        <translation>Los recordatorios aparecen como notificaciones del escritorio mientras MentorVault está desbloqueado, o en la ventana donde el escritorio no las muestra.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the window and the prompt decks</source>
        <translation>El idioma de la ventana y de las colecciones de preguntas</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time MentorVault starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie MentorVault.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar los ajustes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This is the demo vault: it cannot be remembered, backed up or given a new passphrase, and it is deleted when you quit.</source>
        <translation>Esta es la bóveda de demostración: no se puede recordar, copiar ni darle una frase de contraseña nueva, y se borra al salir.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Las copias automáticas están desactivadas.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup is being written in the background.</source>
        <translation>La copia automática de hoy se está escribiendo en segundo plano.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed. %1</source>
        <translation>La copia automática de hoy falló. %1</translation>
    </message>
    <message>
        <source>No automatic backup yet. One is written on each day you unlock the vault.</source>
        <translation>Aún no hay copia automática. Se escribe una cada día que desbloqueas la bóveda.</translation>
    </message>
    <message>
        <source>Newest automatic backup: %1, in %2</source>
        <translation>Copia automática más reciente: %1, en %2</translation>
    </message>
    <message>
        <source>This computer is remembered: you can unlock without typing the passphrase. Anyone logged in as you here could too.</source>
        <translation>Este equipo se recuerda: puedes desbloquear sin escribir la frase de contraseña. Cualquiera con tu sesión iniciada aquí también podría.</translation>
    </message>
    <message>
        <source>&amp;Forget this computer</source>
        <translation>&amp;Olvidar este equipo</translation>
    </message>
    <message>
        <source>This computer is not remembered: the vault asks for the passphrase each time.</source>
        <translation>Este equipo no se recuerda: la bóveda pide la frase de contraseña cada vez.</translation>
    </message>
    <message>
        <source>&amp;Remember this computer</source>
        <translation>&amp;Recordar este equipo</translation>
    </message>
    <message>
        <source>This computer&apos;s slot was removed from the vault&apos;s key file, so the secret kept for it opens nothing. The system keyring could not be reached, so that secret is still stored there: remove the MentorVault item with your keyring app once it works (choosing Remember this computer later replaces it).</source>
        <translation>La ranura de este equipo se quitó del archivo de claves de la bóveda, así que el secreto guardado para él ya no abre nada. No se pudo acceder al llavero del sistema, así que ese secreto sigue guardado allí: cuando el llavero vuelva a funcionar, quita el elemento de MentorVault con tu aplicación de llavero (si más tarde eliges Recordar este equipo, se sustituye).</translation>
    </message>
    <message>
        <source>Writing a backup…</source>
        <translation>Escribiendo una copia…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Copia escrita: %1</translation>
    </message>
    <message>
        <source>Replace all backups?</source>
        <translation>¿Sustituir todas las copias?</translation>
    </message>
    <message>
        <source>Older backups still hold entries you have deleted since, and they open with the passphrase the vault had when they were made. This writes one fresh backup of the vault as it is now, then removes the other backups in %1. Backup files you saved elsewhere are not touched.</source>
        <translation>Las copias antiguas aún contienen entradas que has borrado desde entonces, y se abren con la frase de contraseña que tenía la bóveda cuando se hicieron. Esto escribe una copia nueva de la bóveda tal como está ahora y después quita las demás copias de %1. Los archivos de copia que guardaste en otro lugar no se tocan.</translation>
    </message>
    <message>
        <source>Replace backups</source>
        <translation>Sustituir las copias</translation>
    </message>
    <message>
        <source>Writing a fresh backup…</source>
        <translation>Escribiendo una copia nueva…</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share this entry</source>
        <translation>Compartir esta entrada</translation>
    </message>
    <message>
        <source>Nothing is shared by default. Tick a partner to let this exact version go in your next bundle to them. If you edit the entry later, it is left out until you look again.</source>
        <translation>Por defecto no se comparte nada. Marca un compañero para que esta versión exacta vaya en tu próximo paquete para esa persona. Si editas la entrada después, queda fuera hasta que vuelvas a revisarla.</translation>
    </message>
    <message>
        <source>Share with</source>
        <translation>Compartir con</translation>
    </message>
    <message>
        <source>You have no partners yet. Add one from the sidebar first.</source>
        <translation>Aún no tienes compañeros. Añade uno primero desde la barra lateral.</translation>
    </message>
    <message>
        <source>Exactly what they will receive</source>
        <translation>Exactamente lo que recibirá</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation>Lo que se compartirá</translation>
    </message>
    <message>
        <source>Every field and the notes of this entry, exactly as they would leave</source>
        <translation>Cada campo y las notas de esta entrada, tal como saldrían</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>With %n attached files: %1</source>
        <translation>
            <numerusform>Con %n archivo adjunto: %1</numerusform>
            <numerusform>Con %n archivos adjuntos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source> · no contact card yet: it leaves once you add and verify theirs</source>
        <translation> · aún sin tarjeta de contacto: saldrá cuando añadas y verifiques la suya</translation>
    </message>
    <message>
        <source> · card not verified yet: nothing leaves until you verify it</source>
        <translation> · tarjeta aún sin verificar: no sale nada hasta que la verifiques</translation>
    </message>
    <message>
        <source>Share with %1</source>
        <translation>Compartir con %1</translation>
    </message>
    <message>
        <source>Share this version with %1 and stop sharing with %2</source>
        <translation>Compartir esta versión con %1 y dejar de compartir con %2</translation>
    </message>
    <message>
        <source>Share this version with %1</source>
        <translation>Compartir esta versión con %1</translation>
    </message>
    <message>
        <source>Stop sharing with %1</source>
        <translation>Dejar de compartir con %1</translation>
    </message>
    <message>
        <source>Only the version shown above is shared. It goes in your next bundle to %1.</source>
        <translation>Solo se comparte la versión que se muestra arriba. Va en tu próximo paquete para %1.</translation>
    </message>
    <message>
        <source>Their app will be asked to delete its copy; a copy they already read cannot be taken back.</source>
        <translation>Se pedirá a su aplicación que borre su copia; una copia que ya se leyó no se puede recuperar.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>no compartida</translation>
    </message>
    <message>
        <source>shared, this version</source>
        <translation>compartida, esta versión</translation>
    </message>
    <message>
        <source>shared, this version (sent %1)</source>
        <translation>compartida, esta versión (enviada el %1)</translation>
    </message>
    <message>
        <source>changed since consent: left out until you share this version</source>
        <translation>cambiada desde el consentimiento: queda fuera hasta que compartas esta versión</translation>
    </message>
    <message>
        <source>revoked; removed by partner on %1</source>
        <translation>revocada; el compañero la quitó el %1</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>revocada el %1</translation>
    </message>
    <message>
        <source>Shared with %1.</source>
        <translation>Compartida con %1.</translation>
    </message>
    <message>
        <source>Changed since %1 consented to see it: left out of bundles until you share it again.</source>
        <translation>Cambiada desde que %1 aceptó verla: queda fuera de los paquetes hasta que la compartas de nuevo.</translation>
    </message>
    <message>
        <source>No longer shared with %1.</source>
        <translation>Ya no se comparte con %1.</translation>
    </message>
    <message>
        <source>%1 removed their copy on %2.</source>
        <translation>%1 quitó su copia el %2.</translation>
    </message>
    <message>
        <source>Not shared with anyone.</source>
        <translation>No compartida con nadie.</translation>
    </message>
    <message>
        <source>Agreed by both on %1</source>
        <translation>Aceptado por ambos el %1</translation>
    </message>
    <message>
        <source>%1 accepted an earlier version on %2</source>
        <translation>%1 aceptó una versión anterior el %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Move to the next or previous field</source>
        <translation>Ir al campo siguiente o anterior</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Type a tab in a multi-line field</source>
        <translation>Escribir un tabulador en un campo de varias líneas</translation>
    </message>
    <message>
        <source>Spelling suggestions for the word at the cursor</source>
        <translation>Sugerencias ortográficas para la palabra del cursor</translation>
    </message>
    <message>
        <source>Menu key, or right-click</source>
        <translation>Tecla de menú o clic derecho</translation>
    </message>
    <message>
        <source>Open a menu</source>
        <translation>Abrir un menú</translation>
    </message>
    <message>
        <source>Alt and the underlined letter</source>
        <translation>Alt y la letra subrayada</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Sidebar</source>
        <translation>Barra lateral</translation>
    </message>
    <message>
        <source>Choose which entries to show: all, a kind, a partner or a tag</source>
        <translation>Elige qué entradas mostrar: todas, un tipo, un compañero o una etiqueta</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Todas las entradas</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Reflexionar</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Compañeros</translation>
    </message>
    <message>
        <source>Add a partner…</source>
        <translation>Nuevo compañero…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>No spelling suggestions</source>
        <translation>No hay sugerencias ortográficas</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>Añadir «%1» al diccionario</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorar «%1»</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>A small step</source>
        <translation>Un paso pequeño</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>A small action towards the goal</source>
        <translation>Una pequeña acción hacia el objetivo</translation>
    </message>
    <message>
        <source>More for this step</source>
        <translation>Más sobre este paso</translation>
    </message>
    <message>
        <source>Drop the step, bring it back, or remove it</source>
        <translation>Descartar el paso, recuperarlo o quitarlo</translation>
    </message>
    <message>
        <source>Drop this step</source>
        <translation>Descartar este paso</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Quitarlo</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Hecho el %1</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Bring this step back</source>
        <translation>Recuperar este paso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>aún sin hacer</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>Paso %1, %2</translation>
    </message>
    <message>
        <source>Tick when this step is done</source>
        <translation>Márcalo cuando este paso esté hecho</translation>
    </message>
</context>
<context>
    <name>StepsField</name>
    <message>
        <source>Add a step</source>
        <translation>Añadir un paso</translation>
    </message>
    <message>
        <source>Add to: %1</source>
        <translation>Añadir a: %1</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Use at least 10 characters; several unrelated words are easy to remember.</source>
        <translation>Usa al menos 10 caracteres; varias palabras sin relación son fáciles de recordar.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess. Add more unrelated words.</source>
        <translation>Esta frase sería fácil de adivinar. Añade más palabras sin relación.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Usa unas cuantas palabras y evita frases hechas.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>No hacen falta símbolos, cifras ni mayúsculas.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Añade una o dos palabras más. Las palabras poco comunes son mejores.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Las filas rectas de teclas son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Los patrones cortos de teclado son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Usa un patrón de teclado más largo y con más giros.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Las repeticiones como «aaa» son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Evita repetir palabras y caracteres.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Las secuencias como «abc» o «6543» son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Evita las secuencias.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Los años recientes son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Evita los años recientes.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Evita años relacionados contigo.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Las fechas suelen ser fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Evita fechas y años relacionados contigo.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Es una de las 10 contraseñas más comunes.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Es una de las 100 contraseñas más comunes.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Es una contraseña muy común.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Se parece a una contraseña muy usada.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Una palabra sola es fácil de adivinar.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Los nombres y apellidos solos son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Los nombres y apellidos comunes son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Usar mayúsculas apenas ayuda.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Las palabras al revés no son mucho más difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Type a passphrase</source>
        <translation>Escribe una frase de contraseña</translation>
    </message>
    <message>
        <source>Advice about the passphrase</source>
        <translation>Consejos sobre la frase de contraseña</translation>
    </message>
    <message>
        <source>A few unrelated words you can remember work well, for example four words from different parts of your life.</source>
        <translation>Unas cuantas palabras sin relación que puedas recordar funcionan bien, por ejemplo cuatro palabras de distintos ámbitos de tu vida.</translation>
    </message>
    <message>
        <source>%1 (too weak)</source>
        <translation>%1 (demasiado débil)</translation>
    </message>
    <message>
        <source>Good. Make sure you can remember it: if you forget it, only your recovery key lets you set a new one.</source>
        <translation>Bien. Asegúrate de poder recordarla: si la olvidas, solo tu clave de recuperación te permite establecer una nueva.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Your vault is locked</source>
        <translation>Tu bóveda está bloqueada</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase of this vault</source>
        <translation>La frase de contraseña de esta bóveda</translation>
    </message>
    <message>
        <source>Recovery key, in groups of characters</source>
        <translation>Clave de recuperación, en grupos de caracteres</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>The recovery key you wrote down when you created the vault</source>
        <translation>La clave de recuperación que anotaste al crear la bóveda</translation>
    </message>
    <message>
        <source>Use my recovery key instead</source>
        <translation>Usar mi clave de recuperación</translation>
    </message>
    <message>
        <source>Switch between passphrase and recovery key</source>
        <translation>Cambiar entre frase de contraseña y clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock with this &amp;computer&apos;s key</source>
        <translation>Desbloquear con la clave de este &amp;equipo</translation>
    </message>
    <message>
        <source>Unlock with the key remembered on this computer</source>
        <translation>Desbloquear con la clave recordada en este equipo</translation>
    </message>
    <message>
        <source>Open another vault or create one</source>
        <translation>Abrir otra bóveda o crear una</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Bóveda de demostración</translation>
    </message>
    <message>
        <source>This is the demo vault. Its passphrase is: %1</source>
        <translation>Esta es la bóveda de demostración. Su frase de contraseña es: %1</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>Usar mi frase de contraseña</translation>
    </message>
    <message>
        <source>Upgrading the vault&apos;s storage: giving the freed space back to the disk…</source>
        <translation>Actualizando la bóveda: liberando el espacio que ya no se usa…</translation>
    </message>
    <message>
        <source>Upgrading the vault&apos;s storage: %1 of %2 entries…</source>
        <translation>Actualizando la bóveda: %1 de %2 entradas…</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>Escribe primero tu clave de recuperación.</translation>
    </message>
    <message>
        <source>Checking the recovery key…</source>
        <translation>Comprobando la clave de recuperación…</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Escribe primero tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlocking… deriving the key takes a moment.</source>
        <translation>Desbloqueando… derivar la clave lleva un momento.</translation>
    </message>
    <message>
        <source>Unlocking with this computer&apos;s key…</source>
        <translation>Desbloqueando con la clave de este equipo…</translation>
    </message>
</context>
<context>
    <name>VerifyBackupDialog</name>
    <message>
        <source>Verify a backup</source>
        <translation>Verificar una copia de seguridad</translation>
    </message>
    <message>
        <source>Checks that a backup file is complete and can be opened, without changing anything. Use the passphrase the vault had when the backup was made, or your recovery key.</source>
        <translation>Comprueba que un archivo de copia esté completo y se pueda abrir, sin cambiar nada. Usa la frase de contraseña que tenía la bóveda cuando se hizo la copia, o tu clave de recuperación.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Elige el archivo de copia</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Frase de contraseña o clave de recuperación</translation>
    </message>
    <message>
        <source>The passphrase, or the recovery key, of the backed-up vault</source>
        <translation>La frase de contraseña o la clave de recuperación de la bóveda copiada</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>This is my &amp;recovery key</source>
        <translation>Es mi clave de &amp;recuperación</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Usar la clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elige una copia de seguridad</translation>
    </message>
    <message>
        <source>MentorVault backups (*%1);;All files (*)</source>
        <translation>Copias de seguridad de MentorVault (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a backup file first.</source>
        <translation>Elige primero un archivo de copia.</translation>
    </message>
    <message>
        <source>Type the passphrase or the recovery key.</source>
        <translation>Escribe la frase de contraseña o la clave de recuperación.</translation>
    </message>
    <message>
        <source>Opening the backup read-only and checking every page…</source>
        <translation>Abriendo la copia en solo lectura y comprobando cada página…</translation>
    </message>
    <message>
        <source>The backup is complete and readable. It holds one entry.</source>
        <translation>La copia está completa y se puede leer. Contiene una entrada.</translation>
    </message>
    <message numerus="yes">
        <source>The backup is complete and readable. It holds %n entries.</source>
        <translation>
            <numerusform>La copia está completa y se puede leer. Contiene %n entrada.</numerusform>
            <numerusform>La copia está completa y se puede leer. Contiene %n entradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify %1&apos;s card</source>
        <translation>Verificar la tarjeta de %1</translation>
    </message>
    <message>
        <source>%1 has a new card with different keys. It could be an impostor, or %1 made a new vault. Ask %1 to read their fingerprint words to you, in person or on a call. Only if they match will anything from the new keys be accepted.</source>
        <translation>%1 tiene una tarjeta nueva con claves distintas. Podría ser una suplantación, o %1 creó una bóveda nueva. Pide a %1 que te lea sus palabras de huella, en persona o en una llamada. Solo si coinciden se aceptará algo de las claves nuevas.</translation>
    </message>
    <message>
        <source>Ask %1 to read their fingerprint words to you, in person or on a call (not by the same route the card came). If the words match, the card really is theirs.</source>
        <translation>Pide a %1 que te lea sus palabras de huella, en persona o en una llamada (no por la misma vía por la que llegó la tarjeta). Si las palabras coinciden, la tarjeta es realmente suya.</translation>
    </message>
    <message>
        <source>What this card says:</source>
        <translation>Lo que dice esta tarjeta:</translation>
    </message>
    <message>
        <source>What %1 reads to you:</source>
        <translation>Lo que te lee %1:</translation>
    </message>
    <message>
        <source>Type the nine words (or thirty digits) as they read them</source>
        <translation>Escribe las nueve palabras (o treinta cifras) tal como te las lee</translation>
    </message>
    <message>
        <source>Words your partner read to you</source>
        <translation>Palabras que te leyó tu compañero</translation>
    </message>
    <message>
        <source>Type the nine words or thirty digits your partner reads out</source>
        <translation>Escribe las nueve palabras o treinta cifras que lee tu compañero</translation>
    </message>
    <message>
        <source>They read these words to me and they match</source>
        <translation>Me leyó estas palabras y coinciden</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>MentorVault logo</source>
        <translation>Logotipo de MentorVault</translation>
    </message>
    <message>
        <source>Welcome to MentorVault</source>
        <translation>Te damos la bienvenida a MentorVault</translation>
    </message>
    <message>
        <source>A private place for what happens in your mentoring: session notes, feedback, goals and reflections. Everything stays encrypted on this computer; nothing is shared unless you choose to.</source>
        <translation>Un lugar privado para lo que ocurre en tu mentoría: notas de sesión, retroalimentación, objetivos y reflexiones. Todo se queda cifrado en este equipo; no se comparte nada a menos que tú lo decidas.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault</source>
        <translation>&amp;Crear una bóveda nueva</translation>
    </message>
    <message>
        <source>Choose a passphrase and start writing</source>
        <translation>Elige una frase de contraseña y empieza a escribir</translation>
    </message>
    <message>
        <source>&amp;Open a vault folder…</source>
        <translation>&amp;Abrir la carpeta de una bóveda…</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Abrir la carpeta de una bóveda</translation>
    </message>
    <message>
        <source>Pick the folder of a vault you already have</source>
        <translation>Elige la carpeta de una bóveda que ya tienes</translation>
    </message>
    <message>
        <source>&amp;Try the demo vault</source>
        <translation>&amp;Probar la bóveda de demostración</translation>
    </message>
    <message>
        <source>Try the demo vault</source>
        <translation>Probar la bóveda de demostración</translation>
    </message>
    <message>
        <source>Open a vault of made-up sample entries; it is deleted when you quit</source>
        <translation>Abrir una bóveda con entradas de ejemplo inventadas; se borra al salir</translation>
    </message>
    <message>
        <source>The demo holds made-up entries of every kind and is deleted when you quit.</source>
        <translation>La demostración contiene entradas inventadas de todos los tipos y se borra al salir.</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Bóvedas recientes</translation>
    </message>
    <message>
        <source>Unlock the vault in %1</source>
        <translation>Desbloquear la bóveda de %1</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <source>Write a new entry of the kind you are looking at (Ctrl+N)</source>
        <translation>Escribir una entrada nueva del tipo que estás viendo (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the entry now (it also saves by itself)</source>
        <translation>Guardar la entrada ahora (también se guarda sola)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search all entries (Ctrl+F)</source>
        <translation>Buscar en todas las entradas (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Bloquear la bóveda ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Locking, backups, this computer, passphrase and theme</source>
        <translation>Bloqueo, copias de seguridad, este equipo, frase de contraseña, tema e idioma</translation>
    </message>
    <message>
        <source>&amp;Verify a backup…</source>
        <translation>&amp;Verificar una copia…</translation>
    </message>
    <message>
        <source>Open a backup read-only and check it fully</source>
        <translation>Abrir una copia en solo lectura y comprobarla por completo</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia…</translation>
    </message>
    <message>
        <source>Check a backup fully and restore it into a new vault folder</source>
        <translation>Comprobar una copia por completo y restaurarla en una carpeta nueva</translation>
    </message>
    <message>
        <source>Add a &amp;partner…</source>
        <translation>Añadir un &amp;compañero…</translation>
    </message>
    <message>
        <source>Show &amp;protected entries…</source>
        <translation>Mostrar entradas &amp;protegidas…</translation>
    </message>
    <message>
        <source>&amp;Preview notes</source>
        <translation>&amp;Vista previa de las notas</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Objetivos</translation>
    </message>
    <message>
        <source>&amp;Reflect</source>
        <translation>&amp;Reflexionar</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Tendencias</translation>
    </message>
    <message>
        <source>Patterns over months: mood and energy, goals, meetings, feedback and tags</source>
        <translation>Patrones a lo largo de los meses: ánimo y energía, objetivos, reuniones, retroalimentación y etiquetas</translation>
    </message>
    <message>
        <source>&amp;Focus</source>
        <translation>Modo &amp;enfoque</translation>
    </message>
    <message>
        <source>Write with nothing else on screen (F11; Esc leaves)</source>
        <translation>Escribir sin nada más en pantalla (F11; Esc para salir)</translation>
    </message>
    <message>
        <source>My &amp;contact card…</source>
        <translation>Mi &amp;tarjeta de contacto…</translation>
    </message>
    <message>
        <source>Your name, fingerprint and QR code, and saving your card</source>
        <translation>Tu nombre, tu huella y tu código QR, y guardar tu tarjeta</translation>
    </message>
    <message>
        <source>Prepare &amp;bundle for…</source>
        <translation>Preparar &amp;paquete para…</translation>
    </message>
    <message>
        <source>See what will leave, then save an encrypted bundle for a partner</source>
        <translation>Ver lo que saldrá y después guardar un paquete cifrado para un compañero</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <source>Check a bundle from a partner, then import it into your inbox</source>
        <translation>Comprobar un paquete de un compañero e importarlo después a tu bandeja de entrada</translation>
    </message>
    <message>
        <source>Import &amp;notes…</source>
        <translation>Importar &amp;notas…</translation>
    </message>
    <message>
        <source>Bring in notes from Day One, jrnl or a folder of Markdown files</source>
        <translation>Traer notas de Day One, jrnl o una carpeta de archivos Markdown</translation>
    </message>
    <message>
        <source>E&amp;xport notes…</source>
        <translation>E&amp;xportar notas…</translation>
    </message>
    <message>
        <source>Write entries out as PDF, Markdown or JSON (not encrypted)</source>
        <translation>Sacar entradas como PDF, Markdown o JSON (sin cifrar)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the open entry, or save it as a PDF (Ctrl+P)</source>
        <translation>Imprimir la entrada abierta o guardarla como PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New entry of kind</source>
        <translation>Nueva entrada del tipo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
</context>
<context>
    <name>WinsModel</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>%1 · a step of a protected goal</source>
        <translation>%1 · un paso de un objetivo protegido</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Entry editor</source>
        <translation>Editor de entradas</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Compañero</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Todas las entradas</translation>
    </message>
</context>
<context>
    <name>WorkspaceNotices</name>
    <message>
        <source>Hide them now</source>
        <translation>Ocultarlas ahora</translation>
    </message>
    <message>
        <source>Backup settings…</source>
        <translation>Ajustes de copia…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>You opened this vault with your recovery key. If you no longer know your passphrase, set a new one now.</source>
        <translation>Abriste esta bóveda con tu clave de recuperación. Si ya no recuerdas tu frase de contraseña, establece una nueva ahora.</translation>
    </message>
    <message>
        <source>Set a new passphrase…</source>
        <translation>Establecer una nueva frase de contraseña…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>I restored this older copy on purpose</source>
        <translation>Restauré esta copia más antigua a propósito</translation>
    </message>
    <message>
        <source>This older copy is the one I want; stop warning</source>
        <translation>Esta copia más antigua es la que quiero; dejar de avisar</translation>
    </message>
    <message>
        <source>Someone may have replaced my vault</source>
        <translation>Puede que alguien haya sustituido mi bóveda</translation>
    </message>
    <message>
        <source>I did not do this; show what to do</source>
        <translation>No lo hice yo; mostrar qué hacer</translation>
    </message>
    <message>
        <source>Demo vault: everything here is made up and is deleted when you quit. Its passphrase is &quot;%1&quot;.</source>
        <translation>Bóveda de demostración: todo aquí es inventado y se borra al salir. Su frase de contraseña es «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Protected entries are shown for %n minutes after you enter your passphrase.</source>
        <translation>
            <numerusform>Las entradas protegidas se muestran durante %n minuto después de escribir tu frase de contraseña.</numerusform>
            <numerusform>Las entradas protegidas se muestran durante %n minutos después de escribir tu frase de contraseña.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still hidden</source>
        <translation>Siguen ocultas</translation>
    </message>
    <message>
        <source>That is not the passphrase of this vault, so protected entries stay hidden. Try again.</source>
        <translation>Esa no es la frase de contraseña de esta bóveda, así que las entradas protegidas siguen ocultas. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>This vault is older than the copy this computer last opened in this folder, so entries written since may be missing. Did you put back an older copy yourself?</source>
        <translation>Esta bóveda es más antigua que la copia que este equipo abrió por última vez en esta carpeta, así que puede que falten entradas escritas desde entonces. ¿Fuiste tú quien puso una copia más antigua en su lugar?</translation>
    </message>
    <message>
        <source>This folder holds a different copy of this vault than the one this computer last opened here (a restored backup or a copy put in its place), so entries written since may be missing. Did you do this yourself?</source>
        <translation>Esta carpeta contiene una copia de esta bóveda distinta de la que este equipo abrió aquí por última vez (una copia de seguridad restaurada o una copia puesta en su lugar), así que puede que falten entradas escritas desde entonces. ¿Lo hiciste tú?</translation>
    </message>
    <message>
        <source>This computer&apos;s record for this vault folder does not match this copy: it may have been put back to an older copy, or the record was changed. Did you put back an older copy yourself?</source>
        <translation>El registro que guarda este equipo sobre esta carpeta de la bóveda no coincide con esta copia: puede que se haya vuelto a una copia más antigua, o que se haya cambiado el registro. ¿Fuiste tú quien puso una copia más antigua en su lugar?</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>The warning is cleared, and this copy is now the one this computer expects here.

1. Look for entries you remember writing that are missing.
2. Compare with your backups: Settings, Backups, Restore a backup… restores one into a new folder, so you can check it beside this one.
3. Someone who could replace the folder may have copied it too: change your passphrase (Settings, Passphrase), and keep your recovery key somewhere safe.</source>
        <translation>El aviso se ha quitado, y esta copia es ahora la que este equipo espera aquí.

1. Busca entradas que recuerdes haber escrito y que falten.
2. Compara con tus copias de seguridad: Ajustes, Copias de seguridad, Restaurar una copia… restaura una en una carpeta nueva, para que puedas revisarla junto a esta.
3. Quien pudo sustituir la carpeta quizá también la copió: cambia tu frase de contraseña (Ajustes, Frase de contraseña) y guarda tu clave de recuperación en un lugar seguro.</translation>
    </message>
    <message>
        <source>Your newest automatic backup is %1.</source>
        <translation>Tu copia automática más reciente es %1.</translation>
    </message>
    <message>
        <source>The passphrase slot in this vault&apos;s key file is damaged or was changed outside MentorVault, so it was set aside. Set a new passphrase in Settings to replace it.</source>
        <translation>La ranura de la frase de contraseña del archivo de claves de esta bóveda está dañada o se cambió fuera de MentorVault, así que se dejó a un lado. Establece una frase de contraseña nueva en Ajustes para sustituirla.</translation>
    </message>
    <message>
        <source>A slot in this vault&apos;s key file is damaged or was changed outside MentorVault, so it was set aside. The vault unlocked with the others.</source>
        <translation>Una ranura del archivo de claves de esta bóveda está dañada o se cambió fuera de MentorVault, así que se dejó a un lado. La bóveda se desbloqueó con las demás.</translation>
    </message>
    <message>
        <source>Automatic backup: %1 Your earlier backups are kept, and MentorVault tries again the next time you unlock.</source>
        <translation>Copia automática: %1 Tus copias anteriores se conservan, y MentorVault lo intentará de nuevo la próxima vez que desbloquees.</translation>
    </message>
    <message numerus="yes">
        <source>Protected entries are visible for about %n more minutes.</source>
        <translation>
            <numerusform>Las entradas protegidas seguirán visibles durante %n minuto más, aproximadamente.</numerusform>
            <numerusform>Las entradas protegidas seguirán visibles durante unos %n minutos más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Closable</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>_ItemRow</name>
    <message>
        <source>Remove this item</source>
        <translation>Quitar este elemento</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>My partner</source>
        <translation>Mi compañero</translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Situation, behaviour, impact</source>
        <translation>Situación, comportamiento, impacto</translation>
    </message>
    <message>
        <source>Start, stop, continue</source>
        <translation>Empezar, dejar, continuar</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Agreed by both</source>
        <translation>Aceptado por ambos</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>Session note</source>
        <translation>Nota de sesión</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de sesión</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>What each of you brought to talk about.</source>
        <translation>Lo que cada uno trajo para hablar.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Propuesto por</translation>
    </message>
    <message>
        <source>What we talked about</source>
        <translation>De qué hablamos</translation>
    </message>
    <message>
        <source>What I heard</source>
        <translation>Lo que entendí</translation>
    </message>
    <message>
        <source>Put the other person&apos;s main point in your own words, to check you understood it.</source>
        <translation>Resume con tus palabras la idea principal de la otra persona, para comprobar que la entendiste.</translation>
    </message>
    <message>
        <source>My reflections</source>
        <translation>Mis reflexiones</translation>
    </message>
    <message>
        <source>Small steps agreed</source>
        <translation>Pequeños pasos acordados</translation>
    </message>
    <message>
        <source>Little actions to try before the next meeting.</source>
        <translation>Pequeñas acciones que probar antes de la próxima reunión.</translation>
    </message>
    <message>
        <source>Mood (1 to 5)</source>
        <translation>Ánimo (1 a 5)</translation>
    </message>
    <message>
        <source>Energy (1 to 5)</source>
        <translation>Energía (1 a 5)</translation>
    </message>
    <message>
        <source>Struggle story</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Struggle stories</source>
        <translation>Dificultades</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>La situación</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Qué aprendí</translation>
    </message>
    <message>
        <source>What I would do differently</source>
        <translation>Qué haría de otra manera</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Situation-behaviour-impact, or start / stop / continue.</source>
        <translation>Situación–comportamiento–impacto, o empezar / dejar / continuar.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Start doing</source>
        <translation>Empezar a hacer</translation>
    </message>
    <message>
        <source>Stop doing</source>
        <translation>Dejar de hacer</translation>
    </message>
    <message>
        <source>Keep doing</source>
        <translation>Seguir haciendo</translation>
    </message>
    <message>
        <source>The feedback in your own words, so you can check it with the giver.</source>
        <translation>La retroalimentación con tus propias palabras, para comprobarla con quien te la dio.</translation>
    </message>
    <message>
        <source>My reflection</source>
        <translation>Mi reflexión</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Qué haré</translation>
    </message>
    <message>
        <source>Boundary agreement</source>
        <translation>Acuerdo de límites</translation>
    </message>
    <message>
        <source>Boundary agreements</source>
        <translation>Acuerdos de límites</translation>
    </message>
    <message>
        <source>How often we meet or talk</source>
        <translation>Con qué frecuencia nos vemos o hablamos</translation>
    </message>
    <message>
        <source>Preferred ways to get in touch</source>
        <translation>Formas preferidas de contacto</translation>
    </message>
    <message>
        <source>Expected response time</source>
        <translation>Tiempo de respuesta esperado</translation>
    </message>
    <message>
        <source>Topics we keep out</source>
        <translation>Temas que dejamos fuera</translation>
    </message>
    <message>
        <source>Subjects either of you prefers not to discuss.</source>
        <translation>Temas de los que alguno de los dos prefiere no hablar.</translation>
    </message>
    <message>
        <source>What stays between us</source>
        <translation>Lo que queda entre nosotros</translation>
    </message>
    <message>
        <source>How we raise unmet expectations</source>
        <translation>Cómo planteamos expectativas no cumplidas</translation>
    </message>
    <message>
        <source>How either of us can end this</source>
        <translation>Cómo puede cualquiera de los dos terminar esto</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Revisar el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>How I will know I got there</source>
        <translation>Cómo sabré que lo he logrado</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>Small steps</source>
        <translation>Pasos pequeños</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Progreso (%)</translation>
    </message>
    <message>
        <source>Leave empty to count finished steps.</source>
        <translation>Déjalo vacío para contar los pasos hechos.</translation>
    </message>
    <message>
        <source>Agendas</source>
        <translation>Agendas</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>Things I want to raise</source>
        <translation>Lo que quiero plantear</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>My answer</source>
        <translation>Mi respuesta</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Gratitud</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Lo que hizo</translation>
    </message>
    <message>
        <source>What it meant to me</source>
        <translation>Lo que significó para mí</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Link or reference</source>
        <translation>Enlace o referencia</translation>
    </message>
    <message>
        <source>Why it helped</source>
        <translation>Por qué me ayudó</translation>
    </message>
</context>
<context>
    <name>mentor types</name>
    <message>
        <source>Advisor</source>
        <translation>Consejero</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Defensor</translation>
    </message>
    <message>
        <source>Affirmer</source>
        <translation>Reafirmador</translation>
    </message>
    <message>
        <source>Challenger</source>
        <translation>Retador</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Conector</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>My mentor</source>
        <translation>Mi mentor</translation>
    </message>
    <message>
        <source>My mentee</source>
        <translation>Mi mentorado</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Par</translation>
    </message>
</context>
</TS>
