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
        <source>&amp;Edit</source>
        <translation type="unfinished">Úpr&amp;avy</translation>
    </message>
    <message>
        <source>Edit this contact (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the organisation with its people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the trash (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Registry no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organizácia</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
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
    <name>ContactForm</name>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Meno</translation>
    </message>
    <message>
        <source>e.g. JUDr., Ing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ph.D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;ffix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the name if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one or type a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dep&amp;artment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth number, PESEL, OIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;rsonal number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organizácia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IČO, REGON, OIB, EDRPOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registry no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIČ, NIP, IČ DPH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add p&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add addr&amp;ess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;web link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas, e.g. client, VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name (or at least an e-mail or a phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IČO has 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is not valid: its check digit is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is not valid: it has the wrong number of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number has characters that do not belong there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address is not complete (name@domain.tld).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number we can read; it is kept as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be saved; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactFormDialog</name>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
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
        <source>Loading contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, e-mail, phone, city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show people, organisations or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Organizácie</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only contacts with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N) or an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the contacts.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>That did not work: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n to the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n from the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change undone</source>
        <translation type="unfinished"></translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 4.0 (current address books)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones and Outlook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheets; UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected contacts ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} contacts to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error stopped the export. The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts were not exported. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
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
        <source>Reading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under each column name, choose what the column holds. Rows shown in red cannot be imported as they are; point at one to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a contact already exists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update it from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies file, line and reason of every problem, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {cards} contacts found, {problems} problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-8 with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16 LE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16 BE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central European (ISO-8859-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central European (DOS 852)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic (ISO-8859-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{encoding} · detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{delimiter} · detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first {rows} rows; numbers on the left are file lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows to show: check the encoding and the delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SmallCRM export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook (recognised by its column names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Contacts (recognised by its column names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunderbird (recognised by its column names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised: check how the columns are mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {number} holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (before the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (after the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organizácia</translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday: year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday: month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday: day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>E-mail 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: label of the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefón</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: label of the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page: label of the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Poznámky</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry number (IČO, REGON …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number (DIČ, NIP …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique id (UID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adresa</translation>
    </message>
    <message>
        <source>street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street, line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PO box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address}: {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {count} contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{imported} new contacts imported, {updated} updated, {unchanged} already up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} records were not imported or not imported whole. Each is listed with its file and line; the rest of each file was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record was read without a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was undone: {count} records were taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems the import met are still listed below, for reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. You can close this window and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error stopped the work. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard *.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (*.vcf *.vcard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Import Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>OrganizationView</name>
    <message>
        <source>← &amp;Back to contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">Úpr&amp;avy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Meno</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefón</translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people are linked to this organisation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organizácia</translation>
    </message>
    <message>
        <source>Registry no. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax no. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Adresa</translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished">Web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Poznámky</translation>
    </message>
    <message numerus="yes">
        <source>People (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{since} – {until}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_LabelCombo</name>
    <message>
        <source>work</source>
        <translation type="unfinished">práca</translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished">domov</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished">mobil</translation>
    </message>
    <message>
        <source>fax</source>
        <translation type="unfinished">fax</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished">iné</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Mesto</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+420 602 123 456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefón</translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished">Web</translation>
    </message>
</context>
<context>
    <name>_UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the change back (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
