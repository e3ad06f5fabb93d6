<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SmallCRM</source>
        <translation>O programie SmallCRM</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Wersja {version}</translation>
    </message>
    <message>
        <source>Offline-first contacts, matters and mail for small law and accounting firms.</source>
        <translation>Kontakty, sprawy i poczta także bez internetu – dla małych kancelarii prawnych i biur rachunkowych.</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Folder profilu</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Zbudowano przy użyciu</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>SmallCRM could not open its profile folder or database:</source>
        <translation>SmallCRM nie mógł otworzyć folderu profilu ani bazy danych:</translation>
    </message>
    <message>
        <source>SmallCRM closed unexpectedly last time; the report is in %1.</source>
        <translation>SmallCRM został ostatnio nieoczekiwanie zamknięty; raport znajduje się w %1.</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Wybierz kontakt, aby zobaczyć szczegóły.</translation>
    </message>
    <message>
        <source>home</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>work</source>
        <translation>praca</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>komórka</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>faks</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inne</translation>
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
        <translation>Adres</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>No e-mail, phone or address recorded yet.</source>
        <translation>Nie podano jeszcze adresu e-mail, telefonu ani adresu.</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
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
        <translation>Miasto</translation>
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
        <translation>Filtruj według nazwiska</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Brak kontaktów</translation>
    </message>
    <message>
        <source>No contacts yet. Import a vCard or CSV file, or add a contact.</source>
        <translation>Nie ma jeszcze żadnych kontaktów. Zaimportuj plik vCard lub CSV albo dodaj kontakt.</translation>
    </message>
    <message>
        <source>No matching contacts</source>
        <translation>Brak pasujących kontaktów</translation>
    </message>
    <message>
        <source>Try a shorter or different name.</source>
        <translation>Wpisz krótsze lub inne nazwisko.</translation>
    </message>
    <message>
        <source>{shown} of {total} contacts</source>
        <translation>{shown} z {total} kontaktów</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln kontakt</numerusform>
            <numerusform>%Ln kontakty</numerusform>
            <numerusform>%Ln kontaktów</numerusform>
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
        <translation>SmallCRM napotkał nieoczekiwany problem. Twoje dane są bezpieczne: wszystkie zapisane zmiany zostały zachowane. Szczegóły zapisano w {log_file}.</translation>
    </message>
    <message>
        <source>SmallCRM: unexpected problem</source>
        <translation>SmallCRM: nieoczekiwany problem</translation>
    </message>
    <message>
        <source>You can keep working. If it happens again, restart SmallCRM.</source>
        <translation>Możesz kontynuować pracę. Jeśli problem się powtórzy, uruchom SmallCRM ponownie.</translation>
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
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Today&apos;s tasks, deadlines and recent activity will appear here.</source>
        <translation>Tutaj pojawią się dzisiejsze zadania, terminy i ostatnia aktywność.</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Dobry wieczór</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Dzień dobry</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Dzień dobry</translation>
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
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Poczta</translation>
    </message>
    <message>
        <source>Your cases and engagements will appear here: parties, timeline, deadlines and documents for each matter.</source>
        <translation>Tutaj pojawią się Twoje sprawy i zlecenia: strony, przebieg, terminy i dokumenty każdej sprawy.</translation>
    </message>
    <message>
        <source>Your to-dos and deadlines will appear here, with reminders, priorities and links to the matters and people they concern.</source>
        <translation>Tutaj pojawią się Twoje zadania i terminy z przypomnieniami, priorytetami i powiązaniami ze sprawami i osobami, których dotyczą.</translation>
    </message>
    <message>
        <source>Hearings, meetings and appointments will appear here, in step with your Exchange, Microsoft 365 or CalDAV calendars.</source>
        <translation>Tutaj pojawią się rozprawy, spotkania i terminy, zsynchronizowane z kalendarzami Exchange, Microsoft 365 lub CalDAV.</translation>
    </message>
    <message>
        <source>Contracts, filings and other files will appear here, filed to their matters and contacts and searchable by their text.</source>
        <translation>Tutaj pojawią się umowy, pisma procesowe i inne pliki, przypisane do spraw i kontaktów, z wyszukiwaniem po treści.</translation>
    </message>
    <message>
        <source>E-mail from your accounts will appear here, linked automatically to the contacts and matters it concerns.</source>
        <translation>Tutaj pojawią się wiadomości e-mail z Twoich kont, automatycznie powiązane z kontaktami i sprawami, których dotyczą.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Szukaj wszędzie (Ctrl+K)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <source>{section} (Ctrl+{number})</source>
        <translation>{section} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New Contact</source>
        <translation>&amp;Nowy kontakt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Wk&amp;lej</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Zaznacz wszystko</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Z&amp;najdź…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About SmallCRM</source>
        <translation>&amp;O programie SmallCRM</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>No accounts to sync</source>
        <translation>Brak kont do synchronizacji</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trwa praca…</translation>
    </message>
    <message>
        <source>Coming in a later version of SmallCRM.</source>
        <translation>Pojawi się w jednej z kolejnych wersji SmallCRM.</translation>
    </message>
    <message>
        <source>Adding contacts by hand comes in a later version; import is on its way.</source>
        <translation>Ręczne dodawanie kontaktów pojawi się w kolejnej wersji; import jest w przygotowaniu.</translation>
    </message>
</context>
</TS>
