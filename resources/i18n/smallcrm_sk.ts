<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk_SK" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SmallCRM</source>
        <translation>O aplikácii SmallCRM</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Verzia {version}</translation>
    </message>
    <message>
        <source>Offline-first contacts, matters and mail for small law and accounting firms.</source>
        <translation>Kontakty, spisy a pošta aj bez pripojenia – pre malé advokátske a účtovnícke kancelárie.</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Priečinok profilu</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databáza</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Postavené na</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>SmallCRM could not open its profile folder or database:</source>
        <translation>SmallCRM nemohol otvoriť priečinok profilu ani databázu:</translation>
    </message>
    <message>
        <source>SmallCRM closed unexpectedly last time; the report is in %1.</source>
        <translation>SmallCRM sa naposledy neočakávane ukončil; správa je uložená v %1.</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Vyberte kontakt a zobrazia sa jeho podrobnosti.</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domov</translation>
    </message>
    <message>
        <source>work</source>
        <translation>práca</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>other</source>
        <translation>iné</translation>
    </message>
    <message>
        <source>{role}, {organisation}</source>
        <translation>{role}, {organisation}</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>No e-mail, phone or address recorded yet.</source>
        <translation>Zatiaľ nie je uvedený e-mail, telefón ani adresa.</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizácia</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrovať podľa mena</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Zatiaľ žiadne kontakty</translation>
    </message>
    <message>
        <source>No contacts yet. Import a vCard or CSV file, or add a contact.</source>
        <translation>Zatiaľ tu nie sú žiadne kontakty. Importujte súbor vCard alebo CSV, alebo pridajte kontakt.</translation>
    </message>
    <message>
        <source>No matching contacts</source>
        <translation>Žiadne zodpovedajúce kontakty</translation>
    </message>
    <message>
        <source>Try a shorter or different name.</source>
        <translation>Skúste kratšie alebo iné meno.</translation>
    </message>
    <message>
        <source>{shown} of {total} contacts</source>
        <translation>{shown} z {total} kontaktov</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln kontakt</numerusform>
            <numerusform>%Ln kontakty</numerusform>
            <numerusform>%Ln kontaktov</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>SmallCRM</source>
        <translation>SmallCRM</translation>
    </message>
    <message>
        <source>SmallCRM ran into a problem it did not expect. Your data is safe: every saved change is kept. Details were written to {log_file}.</source>
        <translation>SmallCRM narazil na neočakávaný problém. Vaše údaje sú v bezpečí: všetky uložené zmeny zostávajú zachované. Podrobnosti boli zapísané do {log_file}.</translation>
    </message>
    <message>
        <source>SmallCRM: unexpected problem</source>
        <translation>SmallCRM: neočakávaný problém</translation>
    </message>
    <message>
        <source>You can keep working. If it happens again, restart SmallCRM.</source>
        <translation>Môžete pokračovať v práci. Ak sa to zopakuje, reštartujte SmallCRM.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizácie</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>Today&apos;s tasks, deadlines and recent activity will appear here.</source>
        <translation>Tu sa zobrazia dnešné úlohy, lehoty a nedávna aktivita.</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Dobrý večer</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Dobré ráno</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Dobré popoludnie</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SmallCRM</source>
        <translation>SmallCRM</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Prehľad</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Spisy</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Úlohy</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendár</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Pošta</translation>
    </message>
    <message>
        <source>Your cases and engagements will appear here: parties, timeline, deadlines and documents for each matter.</source>
        <translation>Tu sa zobrazia vaše prípady a zákazky: účastníci, časová os, lehoty a dokumenty ku každému spisu.</translation>
    </message>
    <message>
        <source>Your to-dos and deadlines will appear here, with reminders, priorities and links to the matters and people they concern.</source>
        <translation>Tu sa zobrazia vaše úlohy a lehoty s pripomienkami, prioritami a odkazmi na spisy a osoby, ktorých sa týkajú.</translation>
    </message>
    <message>
        <source>Hearings, meetings and appointments will appear here, in step with your Exchange, Microsoft 365 or CalDAV calendars.</source>
        <translation>Tu sa zobrazia pojednávania, stretnutia a termíny, zosúladené s vašimi kalendármi Exchange, Microsoft 365 alebo CalDAV.</translation>
    </message>
    <message>
        <source>Contracts, filings and other files will appear here, filed to their matters and contacts and searchable by their text.</source>
        <translation>Tu sa zobrazia zmluvy, podania a ďalšie súbory, priradené k spisom a kontaktom a vyhľadateľné podľa obsahu.</translation>
    </message>
    <message>
        <source>E-mail from your accounts will appear here, linked automatically to the contacts and matters it concerns.</source>
        <translation>Tu sa zobrazia e-maily z vašich účtov, automaticky prepojené s kontaktmi a spismi, ktorých sa týkajú.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hľadanie</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Hľadať všade (Ctrl+K)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sekcie</translation>
    </message>
    <message>
        <source>{section} (Ctrl+{number})</source>
        <translation>{section} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Súbor</translation>
    </message>
    <message>
        <source>&amp;New Contact</source>
        <translation>&amp;Nový kontakt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Koniec</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Úpr&amp;avy</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Späť</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Znova</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Vystrihnúť</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovať</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Prilepiť</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Vybrať vš&amp;etko</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Nájsť…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobraziť</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomocník</translation>
    </message>
    <message>
        <source>&amp;About SmallCRM</source>
        <translation>&amp;O aplikácii SmallCRM</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>No accounts to sync</source>
        <translation>Žiadne účty na synchronizáciu</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracujem…</translation>
    </message>
    <message>
        <source>Coming in a later version of SmallCRM.</source>
        <translation>Príde v niektorej z ďalších verzií SmallCRM.</translation>
    </message>
    <message>
        <source>Adding contacts by hand comes in a later version; import is on its way.</source>
        <translation>Ručné pridávanie kontaktov príde v ďalšej verzii; import je na ceste.</translation>
    </message>
</context>
</TS>
