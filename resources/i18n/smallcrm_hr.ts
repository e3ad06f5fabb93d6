<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hr_HR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SmallCRM</source>
        <translation>O programu SmallCRM</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Verzija {version}</translation>
    </message>
    <message>
        <source>Offline-first contacts, matters and mail for small law and accounting firms.</source>
        <translation>Kontakti, predmeti i pošta i bez veze s internetom – za male odvjetničke i računovodstvene urede.</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Mapa profila</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza podataka</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Izrađeno pomoću</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>SmallCRM could not open its profile folder or database:</source>
        <translation>SmallCRM nije mogao otvoriti mapu profila ni bazu podataka:</translation>
    </message>
    <message>
        <source>SmallCRM closed unexpectedly last time; the report is in %1.</source>
        <translation>SmallCRM se prošli put neočekivano zatvorio; izvješće je u %1.</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Odaberite kontakt za prikaz pojedinosti.</translation>
    </message>
    <message>
        <source>home</source>
        <translation>kuća</translation>
    </message>
    <message>
        <source>work</source>
        <translation>posao</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobitel</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>faks</translation>
    </message>
    <message>
        <source>other</source>
        <translation>ostalo</translation>
    </message>
    <message>
        <source>{role}, {organisation}</source>
        <translation>{role}, {organisation}</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
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
        <translation>Bilješke</translation>
    </message>
    <message>
        <source>No e-mail, phone or address recorded yet.</source>
        <translation>Još nije upisana e-pošta, telefon ni adresa.</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Grad</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtriraj po imenu</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Još nema kontakata</translation>
    </message>
    <message>
        <source>No contacts yet. Import a vCard or CSV file, or add a contact.</source>
        <translation>Još nema kontakata. Uvezite datoteku vCard ili CSV ili dodajte kontakt.</translation>
    </message>
    <message>
        <source>No matching contacts</source>
        <translation>Nema odgovarajućih kontakata</translation>
    </message>
    <message>
        <source>Try a shorter or different name.</source>
        <translation>Pokušajte s kraćim ili drugim imenom.</translation>
    </message>
    <message>
        <source>{shown} of {total} contacts</source>
        <translation>{shown} od {total} kontakata</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln kontakt</numerusform>
            <numerusform>%Ln kontakta</numerusform>
            <numerusform>%Ln kontakata</numerusform>
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
        <translation>SmallCRM je naišao na neočekivan problem. Vaši su podaci sigurni: sve spremljene promjene su sačuvane. Pojedinosti su zapisane u {log_file}.</translation>
    </message>
    <message>
        <source>SmallCRM: unexpected problem</source>
        <translation>SmallCRM: neočekivan problem</translation>
    </message>
    <message>
        <source>You can keep working. If it happens again, restart SmallCRM.</source>
        <translation>Možete nastaviti s radom. Ako se ponovi, ponovno pokrenite SmallCRM.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacije</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Danas</translation>
    </message>
    <message>
        <source>Today&apos;s tasks, deadlines and recent activity will appear here.</source>
        <translation>Ovdje će se prikazati današnji zadaci, rokovi i nedavne aktivnosti.</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Dobra večer</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Dobro jutro</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Dobar dan</translation>
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
        <translation>Pregled</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Predmeti</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadaci</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendar</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Pošta</translation>
    </message>
    <message>
        <source>Your cases and engagements will appear here: parties, timeline, deadlines and documents for each matter.</source>
        <translation>Ovdje će se prikazati vaši predmeti i angažmani: stranke, tijek, rokovi i dokumenti za svaki predmet.</translation>
    </message>
    <message>
        <source>Your to-dos and deadlines will appear here, with reminders, priorities and links to the matters and people they concern.</source>
        <translation>Ovdje će se prikazati vaši zadaci i rokovi, s podsjetnicima, prioritetima i poveznicama na predmete i osobe na koje se odnose.</translation>
    </message>
    <message>
        <source>Hearings, meetings and appointments will appear here, in step with your Exchange, Microsoft 365 or CalDAV calendars.</source>
        <translation>Ovdje će se prikazati ročišta, sastanci i termini, usklađeni s vašim kalendarima Exchange, Microsoft 365 ili CalDAV.</translation>
    </message>
    <message>
        <source>Contracts, filings and other files will appear here, filed to their matters and contacts and searchable by their text.</source>
        <translation>Ovdje će se prikazati ugovori, podnesci i ostale datoteke, povezani s predmetima i kontaktima te pretraživi po sadržaju.</translation>
    </message>
    <message>
        <source>E-mail from your accounts will appear here, linked automatically to the contacts and matters it concerns.</source>
        <translation>Ovdje će se prikazati e-pošta s vaših računa, automatski povezana s kontaktima i predmetima na koje se odnosi.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pretraživanje</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Pretraži sve (Ctrl+K)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Odjeljci</translation>
    </message>
    <message>
        <source>{section} (Ctrl+{number})</source>
        <translation>{section} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;New Contact</source>
        <translation>&amp;Novi kontakt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izlaz</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Uređivanje</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Poništi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Po&amp;novi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Izreži</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Zalijepi</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Odaberi &amp;sve</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Traži…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Prikaz</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;ć</translation>
    </message>
    <message>
        <source>&amp;About SmallCRM</source>
        <translation>&amp;O programu SmallCRM</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt-u</translation>
    </message>
    <message>
        <source>No accounts to sync</source>
        <translation>Nema računa za sinkronizaciju</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Radim…</translation>
    </message>
    <message>
        <source>Coming in a later version of SmallCRM.</source>
        <translation>Dolazi u jednoj od sljedećih verzija SmallCRM-a.</translation>
    </message>
    <message>
        <source>Adding contacts by hand comes in a later version; import is on its way.</source>
        <translation>Ručno dodavanje kontakata dolazi u sljedećoj verziji; uvoz je u pripremi.</translation>
    </message>
</context>
</TS>
