<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SmallCRM</source>
        <translation>O aplikaci SmallCRM</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Verze {version}</translation>
    </message>
    <message>
        <source>Offline-first contacts, matters and mail for small law and accounting firms.</source>
        <translation>Kontakty, spisy a pošta i bez připojení – pro malé advokátní a účetní kanceláře.</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Složka profilu</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databáze</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Postaveno na</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>SmallCRM could not open its profile folder or database:</source>
        <translation>SmallCRM nemohl otevřít složku profilu ani databázi:</translation>
    </message>
    <message>
        <source>SmallCRM closed unexpectedly last time; the report is in %1.</source>
        <translation>SmallCRM se minule neočekávaně ukončil; zpráva je uložena v %1.</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Vyberte kontakt a zobrazí se jeho podrobnosti.</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domů</translation>
    </message>
    <message>
        <source>work</source>
        <translation>práce</translation>
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
        <translation>jiné</translation>
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
        <translation>Telefon</translation>
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
        <translation>Zatím není uveden e-mail, telefon ani adresa.</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Město</translation>
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
        <translation>Filtrovat podle jména</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Zatím žádné kontakty</translation>
    </message>
    <message>
        <source>No contacts yet. Import a vCard or CSV file, or add a contact.</source>
        <translation>Zatím zde nejsou žádné kontakty. Importujte soubor vCard nebo CSV, nebo přidejte kontakt.</translation>
    </message>
    <message>
        <source>No matching contacts</source>
        <translation>Žádné odpovídající kontakty</translation>
    </message>
    <message>
        <source>Try a shorter or different name.</source>
        <translation>Zkuste kratší nebo jiné jméno.</translation>
    </message>
    <message>
        <source>{shown} of {total} contacts</source>
        <translation>{shown} z {total} kontaktů</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln kontakt</numerusform>
            <numerusform>%Ln kontakty</numerusform>
            <numerusform>%Ln kontaktů</numerusform>
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
        <translation>SmallCRM narazil na neočekávaný problém. Vaše data jsou v bezpečí: všechny uložené změny zůstávají zachovány. Podrobnosti byly zapsány do {log_file}.</translation>
    </message>
    <message>
        <source>SmallCRM: unexpected problem</source>
        <translation>SmallCRM: neočekávaný problém</translation>
    </message>
    <message>
        <source>You can keep working. If it happens again, restart SmallCRM.</source>
        <translation>Můžete pokračovat v práci. Pokud se to bude opakovat, restartujte SmallCRM.</translation>
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
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>Today&apos;s tasks, deadlines and recent activity will appear here.</source>
        <translation>Zde se zobrazí dnešní úkoly, lhůty a nedávná aktivita.</translation>
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
        <translation>Dobré odpoledne</translation>
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
        <translation>Přehled</translation>
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
        <translation>Úkoly</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendář</translation>
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
        <translation>Zde se zobrazí vaše případy a zakázky: účastníci, časová osa, lhůty a dokumenty ke každému spisu.</translation>
    </message>
    <message>
        <source>Your to-dos and deadlines will appear here, with reminders, priorities and links to the matters and people they concern.</source>
        <translation>Zde se zobrazí vaše úkoly a lhůty s připomínkami, prioritami a odkazy na spisy a osoby, kterých se týkají.</translation>
    </message>
    <message>
        <source>Hearings, meetings and appointments will appear here, in step with your Exchange, Microsoft 365 or CalDAV calendars.</source>
        <translation>Zde se zobrazí jednání, schůzky a termíny, sladěné s vašimi kalendáři Exchange, Microsoft 365 nebo CalDAV.</translation>
    </message>
    <message>
        <source>Contracts, filings and other files will appear here, filed to their matters and contacts and searchable by their text.</source>
        <translation>Zde se zobrazí smlouvy, podání a další soubory, zařazené ke spisům a kontaktům a prohledávatelné podle obsahu.</translation>
    </message>
    <message>
        <source>E-mail from your accounts will appear here, linked automatically to the contacts and matters it concerns.</source>
        <translation>Zde se zobrazí e-maily z vašich účtů, automaticky propojené s kontakty a spisy, kterých se týkají.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hledání</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Hledat všude (Ctrl+K)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sekce</translation>
    </message>
    <message>
        <source>{section} (Ctrl+{number})</source>
        <translation>{section} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;New Contact</source>
        <translation>&amp;Nový kontakt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Konec</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Úpr&amp;avy</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Z&amp;novu</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Vyjmout</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>V&amp;ložit</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Vybrat v&amp;še</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Na&amp;jít…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazení</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Nápo&amp;věda</translation>
    </message>
    <message>
        <source>&amp;About SmallCRM</source>
        <translation>&amp;O aplikaci SmallCRM</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>No accounts to sync</source>
        <translation>Žádné účty k synchronizaci</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracuji…</translation>
    </message>
    <message>
        <source>Coming in a later version of SmallCRM.</source>
        <translation>Přijde v některé z příštích verzí SmallCRM.</translation>
    </message>
    <message>
        <source>Adding contacts by hand comes in a later version; import is on its way.</source>
        <translation>Ruční přidávání kontaktů přijde v příští verzi; import je na cestě.</translation>
    </message>
</context>
</TS>
