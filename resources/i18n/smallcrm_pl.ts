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
    <name>AccountDialog</name>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Wpisz hasło, aby przetestować połączenie.</translation>
    </message>
    <message>
        <source>New Mail Account</source>
        <translation>Nowe konto pocztowe</translation>
    </message>
    <message>
        <source>Mail Account</source>
        <translation>Konto pocztowe</translation>
    </message>
    <message>
        <source>e.g. Office mail</source>
        <translation>np. Poczta biurowa</translation>
    </message>
    <message>
        <source>e.g. imap.example.cz</source>
        <translation>np. imap.example.pl</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (zalecane)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Brak (bez szyfrowania)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Without encryption the password and every message cross the network as plain text: anyone on the way can read them. Use this only for a server on this computer or a network you trust.</source>
        <translation>Bez szyfrowania hasło i każda wiadomość przechodzą przez sieć otwartym tekstem: każdy po drodze może je odczytać. Używaj tego tylko dla serwera na tym komputerze lub w sieci, której ufasz.</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Zabezpieczenie:</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>zwykle Twój adres e-mail</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nazwa &amp;użytkownika:</translation>
    </message>
    <message>
        <source>“{name}” is an Exchange account: it opens in the Exchange form.</source>
        <translation>„{name}” to konto Exchange: otwiera się w formularzu Exchange.</translation>
    </message>
    <message>
        <source>Fill in the server and the user name first.</source>
        <translation>Najpierw wpisz serwer i nazwę użytkownika.</translation>
    </message>
    <message>
        <source>Confirm the unencrypted connection above, or choose TLS.</source>
        <translation>Potwierdź powyżej połączenie bez szyfrowania lub wybierz TLS.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n folder(s) on the server.</source>
        <translation>
            <numerusform>Połączono: na serwerze jest %n folder.</numerusform>
            <numerusform>Połączono: na serwerze są %n foldery.</numerusform>
            <numerusform>Połączono: na serwerze jest %n folderów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm that this account may connect without encryption, or choose TLS.</source>
        <translation>Potwierdź, że to konto może łączyć się bez szyfrowania, lub wybierz TLS.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Zapisz rozmowę</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Zapisz spotkanie</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <source>Edit call</source>
        <translation>Edytuj rozmowę</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Edytuj spotkanie</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edytuj notatkę</translation>
    </message>
    <message>
        <source>&amp;Outgoing</source>
        <translation>&amp;Wychodząca</translation>
    </message>
    <message>
        <source>&amp;Incoming</source>
        <translation>&amp;Przychodząca</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Kierunek:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcjonalnie</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kiedy:</translation>
    </message>
    <message>
        <source>minutes, e.g. 15 or 1:30</source>
        <translation>minuty, np. 15 lub 1:30</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Czas trwania:</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Zostawiono wiadomość głosową</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Zajęte</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Oddzwonić później</translation>
    </message>
    <message>
        <source>Pick one or type</source>
        <translation>Wybierz lub wpisz</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>&amp;Wynik:</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>Czego dotyczyła</translation>
    </message>
    <message>
        <source>e.g. Signing the lease</source>
        <translation>np. Podpisanie umowy najmu</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Bez sprawy</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Sprawa:</translation>
    </message>
    <message>
        <source>Wit&amp;h:</source>
        <translation>&amp;Z kim:</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Czas trwania nie może być ujemny.</translation>
    </message>
    <message>
        <source>Enter the minutes as a number, e.g. 15 or 1:30.</source>
        <translation>Wpisz liczbę minut, np. 15 lub 1:30.</translation>
    </message>
    <message>
        <source>That is longer than a week; enter the minutes.</source>
        <translation>To ponad tydzień; wpisz minuty.</translation>
    </message>
    <message>
        <source>Keep it under {count} characters; the rest belongs in the notes.</source>
        <translation>Zmieść się w {count} znakach; resztę wpisz w notatkach.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Najpierw napisz notatkę.</translation>
    </message>
    <message>
        <source>This is in the future.</source>
        <translation>To jest w przyszłości.</translation>
    </message>
    <message>
        <source>It could not be saved; see the log.</source>
        <translation>Nie udało się zapisać; szczegóły w dzienniku.</translation>
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
    <name>CalendarConflictsDialog</name>
    <message>
        <source>Calendar Conflicts</source>
        <translation>Konflikty w kalendarzu</translation>
    </message>
    <message>
        <source>Calendar changes waiting for you</source>
        <translation>Zmiany w kalendarzu czekają na Twoją decyzję</translation>
    </message>
    <message>
        <source>These events were changed both on this computer and in Exchange, or deleted on one side only. Choose what stays; the next sync takes your choice to Exchange.</source>
        <translation>Te wydarzenia zmieniono zarówno na tym komputerze, jak i w Exchange, albo usunięto tylko po jednej stronie. Wybierz, co ma zostać; następna synchronizacja przeniesie Twój wybór do Exchange.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>The list could not be read; see the log.</source>
        <translation>Nie udało się wczytać listy; szczegóły w dzienniku.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) wait for your decision.</source>
        <translation>
            <numerusform>%n wydarzenie czeka na Twoją decyzję.</numerusform>
            <numerusform>%n wydarzenia czekają na Twoją decyzję.</numerusform>
            <numerusform>%n wydarzeń czeka na Twoją decyzję.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for your decision.</source>
        <translation>Nic nie czeka na Twoją decyzję.</translation>
    </message>
    <message>
        <source>Deleted in Exchange</source>
        <translation>Usunięte w Exchange</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Usunięte tutaj</translation>
    </message>
    <message>
        <source>Changed here and in Exchange</source>
        <translation>Zmienione tutaj i w Exchange</translation>
    </message>
    <message>
        <source>Changed here and in Exchange: {fields}</source>
        <translation>Zmienione tutaj i w Exchange: {fields}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notatki</translation>
    </message>
    <message>
        <source>location</source>
        <translation>miejsce</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>cały dzień</translation>
    </message>
    <message>
        <source>start</source>
        <translation>początek</translation>
    </message>
    <message>
        <source>end</source>
        <translation>koniec</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>strefa czasowa</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>powtarzanie</translation>
    </message>
    <message>
        <source>skipped dates</source>
        <translation>pominięte daty</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>przypomnienie</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>uczestnicy</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cały dzień</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Powtarzanie</translation>
    </message>
    <message>
        <source>Skipped dates</source>
        <translation>Pominięte daty</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potwierdzone</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Wstępne</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Odwołane</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Nie powtarza się</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Delete here too</source>
        <translation>Usuń także tutaj</translation>
    </message>
    <message>
        <source>Delete in Exchange too</source>
        <translation>Usuń także w Exchange</translation>
    </message>
    <message>
        <source>Restore here</source>
        <translation>Przywróć tutaj</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s version</source>
        <translation>Zachowaj wersję z tego komputera</translation>
    </message>
    <message>
        <source>Take Exchange&apos;s version</source>
        <translation>Przyjmij wersję z Exchange</translation>
    </message>
    <message>
        <source>Exchange calendar “{account}”</source>
        <translation>Kalendarz Exchange „{account}”</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(usunięte)</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Ten komputer:</translation>
    </message>
    <message>
        <source>Exchange:</source>
        <translation>Exchange:</translation>
    </message>
    <message>
        <source>If you delete it, later deletions cross over without asking.</source>
        <translation>Jeśli je usuniesz, kolejne usunięcia będą przenoszone bez pytania.</translation>
    </message>
    <message>
        <source>From then on, an event deleted on one side is deleted on the other.</source>
        <translation>Od tej pory wydarzenie usunięte po jednej stronie zostanie usunięte także po drugiej.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>That could not be saved; see the log.</source>
        <translation>Nie udało się zapisać; szczegóły w dzienniku.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Today</source>
        <translation>Dzi&amp;siaj</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Poprzedni okres (Page Up)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Poprzedni okres</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Następny okres (Page Down)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Następny okres</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dzień</translation>
    </message>
    <message>
        <source>W&amp;ork week</source>
        <translation>Tydzień &amp;roboczy</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Tydzień</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Miesiąc</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Harmonogram</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>&amp;Nowe wydarzenie</translation>
    </message>
    <message>
        <source>New event (Ctrl+N)</source>
        <translation>Nowe wydarzenie (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>Import events and tasks from .ics files</source>
        <translation>Importuj wydarzenia i zadania z plików .ics</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Eksp&amp;ortuj…</translation>
    </message>
    <message>
        <source>Export the calendar and tasks to an .ics file</source>
        <translation>Eksportuj kalendarz i zadania do pliku .ics</translation>
    </message>
    <message>
        <source>“{title}” moved.</source>
        <translation>Przeniesiono „{title}”.</translation>
    </message>
    <message>
        <source>“{title}” deleted.</source>
        <translation>Usunięto „{title}”.</translation>
    </message>
    <message>
        <source>Import calendar files</source>
        <translation>Importuj pliki kalendarza</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb *.vcs);;All files (*)</source>
        <translation>Pliki iCalendar (*.ics *.ical *.ifb *.vcs);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Events: {added} added, {updated} updated, {cancelled} cancelled.
Tasks: {tasks_added} added, {tasks_updated} updated.</source>
        <translation>Wydarzenia – dodano: {added}, zaktualizowano: {updated}, odwołano: {cancelled}.
Zadania – dodano: {tasks_added}, zaktualizowano: {tasks_updated}.</translation>
    </message>
    <message>
        <source>Calendar import</source>
        <translation>Import kalendarza</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be imported:</source>
        <translation>
            <numerusform>Nie udało się zaimportować %n rekordu:</numerusform>
            <numerusform>Nie udało się zaimportować %n rekordów:</numerusform>
            <numerusform>Nie udało się zaimportować %n rekordów:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Eksportuj kalendarz</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to {file}.</source>
        <translation>
            <numerusform>Wyeksportowano %n wydarzenie do pliku {file}.</numerusform>
            <numerusform>Wyeksportowano %n wydarzenia do pliku {file}.</numerusform>
            <numerusform>Wyeksportowano %n wydarzeń do pliku {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>To się nie udało: {reason}</translation>
    </message>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>To się nie udało; szczegóły są w dzienniku.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>odwołane</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cały dzień</translation>
    </message>
    <message>
        <source>W{number}</source>
        <translation>tydz. {number}</translation>
    </message>
    <message>
        <source>all-day</source>
        <translation>cały dzień</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n więcej</numerusform>
            <numerusform>+%n więcej</numerusform>
            <numerusform>+%n więcej</numerusform>
        </translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Brak wydarzeń</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Odwołane</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Wstępne</translation>
    </message>
</context>
<context>
    <name>ConflictCheckDialog</name>
    <message>
        <source>Conflict check: {matter}</source>
        <translation>Sprawdzenie konfliktu interesów: {matter}</translation>
    </message>
    <message>
        <source>Saved conflict check: {matter}</source>
        <translation>Zapisane sprawdzenie konfliktu interesów: {matter}</translation>
    </message>
    <message>
        <source>Parties to check (a name, and a registry ID or e-mail if you have them):</source>
        <translation>Strony do sprawdzenia (nazwa oraz, jeśli je znasz, numer rejestrowy lub e-mail):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>Numer rejestrowy</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Add a &amp;name</source>
        <translation>Dodaj &amp;nazwę</translation>
    </message>
    <message>
        <source>Re&amp;move name</source>
        <translation>U&amp;suń nazwę</translation>
    </message>
    <message>
        <source>&amp;Run the check</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Zgodność</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Znaleziono</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Trafienia</translation>
    </message>
    <message>
        <source>&amp;Clear: no conflict</source>
        <translation>&amp;Brak konfliktu</translation>
    </message>
    <message>
        <source>&amp;Waive, with a reason</source>
        <translation>&amp;Uchyl, z uzasadnieniem</translation>
    </message>
    <message>
        <source>&amp;Decline the matter</source>
        <translation>&amp;Odmów prowadzenia sprawy</translation>
    </message>
    <message>
        <source>Reason (needed to waive): e.g. both clients consented in writing</source>
        <translation>Uzasadnienie (wymagane przy uchyleniu): np. obaj klienci zgodzili się na piśmie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Zapisz jako &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Save the decision</source>
        <translation>&amp;Zapisz decyzję</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Enter at least one name, registry ID or e-mail.</source>
        <translation>Podaj co najmniej jedną nazwę, numer rejestrowy lub e-mail.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Run the check to search every contact, organisation, matter party and e-mail correspondent.</source>
        <translation>Uruchom sprawdzenie: przeszuka wszystkie kontakty, organizacje, strony spraw i korespondentów e-mail.</translation>
    </message>
    <message>
        <source>No hits: nobody known resembles these parties.</source>
        <translation>Brak trafień: nikt znany nie przypomina tych stron.</translation>
    </message>
    <message>
        <source>{count} hits, the most likely first. Review each before deciding.</source>
        <translation>Trafienia: {count}, najbardziej prawdopodobne najpierw. Przejrzyj każde przed decyzją.</translation>
    </message>
    <message>
        <source>Checked: {name}</source>
        <translation>Szukano: {name}</translation>
    </message>
    <message>
        <source>Saved by {user} on {when}; a saved check cannot be changed.</source>
        <translation>Zapisane przez {user} dnia {when}; zapisanego sprawdzenia nie można zmienić.</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>jeszcze niezapisane</translation>
    </message>
    <message>
        <source>Save the conflict check as PDF</source>
        <translation>Zapisz sprawdzenie konfliktu interesów jako PDF</translation>
    </message>
    <message>
        <source>conflict-check.pdf</source>
        <translation>sprawdzenie-konfliktu.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}</source>
        <translation>Nie udało się zapisać PDF: {error}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Zapisano {file}.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the check. The details are in the log.</source>
        <translation>Nieoczekiwany błąd przerwał sprawdzenie. Szczegóły są w dzienniku.</translation>
    </message>
</context>
<context>
    <name>ConflictTab</name>
    <message>
        <source>Checked</source>
        <translation>Sprawdzono</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Trafienia</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <source>Saved conflict checks</source>
        <translation>Zapisane sprawdzenia konfliktu interesów</translation>
    </message>
    <message>
        <source>Run a &amp;conflict check…</source>
        <translation>Sprawdź &amp;konflikt interesów…</translation>
    </message>
    <message>
        <source>&amp;Open saved check</source>
        <translation>&amp;Otwórz zapisane sprawdzenie</translation>
    </message>
    <message>
        <source>Last check: {decision}, {when}, by {user}.</source>
        <translation>Ostatnie sprawdzenie: {decision}, {when}, przez {user}.</translation>
    </message>
    <message>
        <source>No conflict check has been saved for this matter.</source>
        <translation>Dla tej sprawy nie zapisano jeszcze sprawdzenia konfliktu interesów.</translation>
    </message>
</context>
<context>
    <name>ConflictTexts</name>
    <message>
        <source>Clear: no conflict</source>
        <translation>Brak konfliktu</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Uchylono</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odmówiono</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>E-mail correspondent</source>
        <translation>Korespondent e-mail</translation>
    </message>
    <message>
        <source>in no matter</source>
        <translation>w żadnej sprawie</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otwarta</translation>
    </message>
    <message>
        <source>same name, different word order</source>
        <translation>ta sama nazwa, inna kolejność słów</translation>
    </message>
    <message>
        <source>same name, one gives only an initial</source>
        <translation>ta sama nazwa, jedna podaje tylko inicjał</translation>
    </message>
    <message>
        <source>same name in Cyrillic and Latin</source>
        <translation>ta sama nazwa cyrylicą i alfabetem łacińskim</translation>
    </message>
    <message>
        <source>same name in another spelling</source>
        <translation>ta sama nazwa w innej pisowni</translation>
    </message>
    <message>
        <source>similar name with different endings (e.g. male and female)</source>
        <translation>podobna nazwa o innych końcówkach (np. forma męska i żeńska)</translation>
    </message>
    <message>
        <source>same registry ID ({a})</source>
        <translation>ten sam numer rejestrowy ({a})</translation>
    </message>
    <message>
        <source>same e-mail ({a})</source>
        <translation>ten sam e-mail ({a})</translation>
    </message>
    <message>
        <source>similar spelling ({a} %)</source>
        <translation>podobna pisownia ({a} %)</translation>
    </message>
    <message>
        <source>partly the same name ({a} of {b} words)</source>
        <translation>częściowo ta sama nazwa ({a} z {b} słów)</translation>
    </message>
    <message>
        <source>one name is part of the other</source>
        <translation>jedna nazwa jest częścią drugiej</translation>
    </message>
    <message>
        <source>one has an extra word</source>
        <translation>jedna ma dodatkowe słowo</translation>
    </message>
    <message>
        <source>one has extra words</source>
        <translation>jedna ma dodatkowe słowa</translation>
    </message>
    <message>
        <source>typed with mixed Cyrillic and Latin letters</source>
        <translation>zapisane mieszanką cyrylicy i alfabetu łacińskiego</translation>
    </message>
    <message>
        <source>different generation ({a} / {b})</source>
        <translation>inne pokolenie ({a} / {b})</translation>
    </message>
    <message>
        <source>different legal form ({a} / {b})</source>
        <translation>inna forma prawna ({a} / {b})</translation>
    </message>
    <message>
        <source>without the legal form</source>
        <translation>bez formy prawnej</translation>
    </message>
    <message>
        <source>but different registry IDs</source>
        <translation>ale inne numery rejestrowe</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>ta sama nazwa</translation>
    </message>
    <message>
        <source>Conflict check</source>
        <translation>Sprawdzenie konfliktu interesów</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Sprawdził(a)</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Data sprawdzenia</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <source>Parties checked</source>
        <translation>Sprawdzone strony</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>Numer rejestrowy</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Trafienia</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>Brak trafień.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Zgodność</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Znaleziono</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edytuj</translation>
    </message>
    <message>
        <source>Edit this contact (F2)</source>
        <translation>Edytuj ten kontakt (F2)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Show the organisation with its people</source>
        <translation>Pokaż organizację wraz z powiązanymi osobami</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Move to the trash (Delete)</source>
        <translation>Przenieś do kosza (Delete)</translation>
    </message>
    <message>
        <source>&amp;Relations…</source>
        <translation>Powią&amp;zania…</translation>
    </message>
    <message>
        <source>Jobs past and present, and ties to other people</source>
        <translation>Obecne i dawne miejsca pracy oraz powiązania z innymi osobami</translation>
    </message>
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
        <source>Registry no.</source>
        <translation>REGON</translation>
    </message>
    <message>
        <source>Tax no.</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
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
        <source>Numbers</source>
        <translation>Dane rejestrowe</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Urodziny</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>No e-mail, phone or address recorded yet.</source>
        <translation>Nie podano jeszcze adresu e-mail, telefonu ani adresu.</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Sprawy</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Poczta</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter zapisuje, Esc anuluje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>e.g. JUDr., Ing.</source>
        <translation>np. mgr, dr</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>&amp;Drugie imię:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <source>e.g. Ph.D.</source>
        <translation>np. Ph.D., MBA</translation>
    </message>
    <message>
        <source>Su&amp;ffix:</source>
        <translation>Tytuł &amp;po nazwisku:</translation>
    </message>
    <message>
        <source>Made from the name if left empty</source>
        <translation>Pozostaw puste, aby utworzyć z imienia i nazwiska</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nazwa &amp;wyświetlana:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Zatrudnienie</translation>
    </message>
    <message>
        <source>Pick one or type a new name</source>
        <translation>Wybierz z listy lub wpisz nową nazwę</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacja:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Stanowisko:</translation>
    </message>
    <message>
        <source>Dep&amp;artment:</source>
        <translation>Dzi&amp;ał:</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <source>&amp;Year unknown</source>
        <translation>&amp;Bez roku</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>No birthday</source>
        <translation>Usuń datę urodzin</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Urodziny:</translation>
    </message>
    <message>
        <source>Birth number, PESEL, OIB</source>
        <translation>Rodné číslo, PESEL, OIB</translation>
    </message>
    <message>
        <source>Pe&amp;rsonal number:</source>
        <translation>Numer identyfika&amp;cyjny:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>Forma &amp;prawna:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Kra&amp;j:</translation>
    </message>
    <message>
        <source>IČO, REGON, OIB, EDRPOU</source>
        <translation>IČO, REGON, OIB, EDRPOU</translation>
    </message>
    <message>
        <source>&amp;Registry no.:</source>
        <translation>REG&amp;ON:</translation>
    </message>
    <message>
        <source>DIČ, NIP, IČ DPH</source>
        <translation>DIČ, NIP, IČ DPH</translation>
    </message>
    <message>
        <source>&amp;Tax no.:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Dane kontaktowe</translation>
    </message>
    <message>
        <source>Add e-&amp;mail</source>
        <translation>Dodaj e-&amp;mail</translation>
    </message>
    <message>
        <source>Add p&amp;hone</source>
        <translation>Dodaj tele&amp;fon</translation>
    </message>
    <message>
        <source>Add addr&amp;ess</source>
        <translation>Dodaj adr&amp;es</translation>
    </message>
    <message>
        <source>Add &amp;web link</source>
        <translation>Dodaj st&amp;ronę WWW</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation>Strona WWW:</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. client, VIP</source>
        <translation>Oddzielone przecinkami, np. klient, VIP</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gi:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Notat&amp;ki:</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Czechy</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Słowacja</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Chorwacja</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Niemcy</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Węgry</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Słowenia</translation>
    </message>
    <message>
        <source>Enter a name (or at least an e-mail or a phone).</source>
        <translation>Wpisz imię i nazwisko (lub przynajmniej e-mail albo telefon).</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Wpisz nazwę organizacji.</translation>
    </message>
    <message>
        <source>An IČO has 8 digits.</source>
        <translation>IČO ma 8 cyfr.</translation>
    </message>
    <message>
        <source>This number is not valid: its check digit is wrong.</source>
        <translation>Ten numer jest nieprawidłowy: niezgodna cyfra kontrolna.</translation>
    </message>
    <message>
        <source>This number is not valid: it has the wrong number of digits.</source>
        <translation>Ten numer jest nieprawidłowy: ma niewłaściwą liczbę cyfr.</translation>
    </message>
    <message>
        <source>This number has characters that do not belong there.</source>
        <translation>Ten numer zawiera niedozwolone znaki.</translation>
    </message>
    <message>
        <source>This number is not valid.</source>
        <translation>Ten numer jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>This e-mail address is not complete (name@domain.tld).</source>
        <translation>Ten adres e-mail jest niepełny (nazwa@domena.pl).</translation>
    </message>
    <message>
        <source>Not a number we can read; it is kept as typed.</source>
        <translation>Nie udało się rozpoznać numeru; zostanie zapisany tak, jak go wpisano.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Popraw zaznaczone pola.</translation>
    </message>
    <message>
        <source>The contact could not be saved; see the log.</source>
        <translation>Nie udało się zapisać kontaktu; szczegóły znajdziesz w dzienniku.</translation>
    </message>
</context>
<context>
    <name>ContactFormDialog</name>
    <message>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nowa organizacja</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edycja: {name}</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
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
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
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
        <source>Loading contacts…</source>
        <translation>Wczytywanie kontaktów…</translation>
    </message>
    <message>
        <source>Filter by name, e-mail, phone, city</source>
        <translation>Filtruj według nazwy, e-maila, telefonu, miasta</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtr</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Show people, organisations or both</source>
        <translation>Pokaż osoby, organizacje lub wszystkie</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Osoby i organizacje</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Show only contacts with this tag</source>
        <translation>Pokaż tylko kontakty z tym tagiem</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N) or an organisation</source>
        <translation>Dodaj osobę (Ctrl+N) lub organizację</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nowa &amp;osoba…</translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation>Nowa o&amp;rganizacja…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Wszystkie tagi</translation>
    </message>
    <message>
        <source>Could not load the contacts.</source>
        <translation>Nie udało się wczytać kontaktów.</translation>
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
    <message>
        <source>That did not work: {reason}</source>
        <translation>Nie udało się: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n to the trash</source>
        <translation>
            <numerusform>Przeniesiono %n kontakt do kosza</numerusform>
            <numerusform>Przeniesiono %n kontakty do kosza</numerusform>
            <numerusform>Przeniesiono %n kontaktów do kosza</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations of {name}</source>
        <translation>Powiązania: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n from the trash</source>
        <translation>
            <numerusform>Przywrócono %n kontakt z kosza</numerusform>
            <numerusform>Przywrócono %n kontakty z kosza</numerusform>
            <numerusform>Przywrócono %n kontaktów z kosza</numerusform>
        </translation>
    </message>
    <message>
        <source>Change undone</source>
        <translation>Cofnięto zmianę</translation>
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
        <source>Follow-ups due</source>
        <translation>Przypomnienia do załatwienia</translation>
    </message>
    <message>
        <source>Time to get in touch</source>
        <translation>Czas się odezwać</translation>
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
    <message>
        <source>overdue since {date}</source>
        <translation>zaległe od {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>na dziś</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>Brak przypomnień do załatwienia.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open matters</source>
        <translation>Otwarte sprawy</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Otwarte zadania</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Wszystkie zadania</translation>
    </message>
    <message>
        <source>Today&apos;s events</source>
        <translation>Dzisiejsze wydarzenia</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>Zadania z terminem na dziś</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Na dziś</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Zadania po terminie</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Nothing due today and no events.</source>
        <translation>Na dziś nie ma zadań ani wydarzeń.</translation>
    </message>
    <message>
        <source>Deadlines — next 14 days</source>
        <translation>Terminy – najbliższe 14 dni</translation>
    </message>
    <message>
        <source>Deadlines in the next 14 days</source>
        <translation>Terminy w ciągu najbliższych 14 dni</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Ostatnia aktywność</translation>
    </message>
    <message>
        <source>Matters by stage</source>
        <translation>Sprawy według etapów</translation>
    </message>
    <message>
        <source>All matters</source>
        <translation>Wszystkie sprawy</translation>
    </message>
    <message>
        <source>No open matters.</source>
        <translation>Brak otwartych spraw.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Stan synchronizacji</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Jeszcze nic tu nie ma</translation>
    </message>
    <message>
        <source>Today&apos;s tasks and events, deadlines, follow-ups and recent activity will appear here once you add contacts, matters and tasks.</source>
        <translation>Gdy dodasz kontakty, sprawy i zadania, pojawią się tutaj dzisiejsze zadania i wydarzenia, terminy, przypomnienia i ostatnia aktywność.</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: {reason}</source>
        <translation>Nie udało się wczytać pulpitu: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n na dziś</numerusform>
            <numerusform>%n na dziś</numerusform>
            <numerusform>%n na dziś</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cały dzień</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>do {time}</translation>
    </message>
    <message>
        <source>from {time}</source>
        <translation>od {time}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>jutro</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>za %n dzień</numerusform>
            <numerusform>za %n dni</numerusform>
            <numerusform>za %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadlines in the next 14 days.</source>
        <translation>Brak terminów w ciągu najbliższych 14 dni.</translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>co %n tydzień</numerusform>
            <numerusform>co %n tygodnie</numerusform>
            <numerusform>co %n tygodni</numerusform>
        </translation>
    </message>
    <message>
        <source>due since {date}</source>
        <translation>do zrobienia od {date}</translation>
    </message>
    <message>
        <source>Everyone is in touch.</source>
        <translation>Ze wszystkimi jesteś w kontakcie.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Rozmowa przychodząca</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Rozmowa wychodząca</translation>
    </message>
    <message>
        <source>{kind}: {subject}</source>
        <translation>{kind}: {subject}</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>wczoraj</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Nic jeszcze nie zapisano.</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Deadline calculator</source>
        <translation>Kalkulator terminów</translation>
    </message>
    <message>
        <source>The day of the event, e.g. delivery of a decision; it is not counted.</source>
        <translation>Dzień zdarzenia, np. doręczenia orzeczenia; nie wlicza się go do terminu.</translation>
    </message>
    <message>
        <source>e.g. delivery of a decision; not counted</source>
        <translation>np. doręczenie orzeczenia; nie wlicza się</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Unit of the period</source>
        <translation>Jednostka okresu</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>tygodnie</translation>
    </message>
    <message>
        <source>months</source>
        <translation>miesiące</translation>
    </message>
    <message>
        <source>years</source>
        <translation>lata</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Ok&amp;res:</translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation>Czechy</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Słowacja</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Chorwacja</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>Public &amp;holidays of:</source>
        <translation>&amp;Święta ustawowe:</translation>
    </message>
    <message>
        <source>&amp;Move a last day on a weekend or holiday to the next working day</source>
        <translation>&amp;Przesuń ostatni dzień z weekendu lub święta na następny dzień roboczy</translation>
    </message>
    <message>
        <source>Count &amp;working days only (weekends and holidays are not counted)</source>
        <translation>Licz tylko &amp;dni robocze (weekendy i święta nie są liczone)</translation>
    </message>
    <message>
        <source>Count Ukrainian holidays as days &amp;off (only once martial law has ended)</source>
        <translation>Traktuj święta ukraińskie jako dni &amp;wolne (dopiero po zakończeniu stanu wojennego)</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Zasady:</translation>
    </message>
    <message>
        <source>How it was &amp;computed:</source>
        <translation>&amp;Jak obliczono:</translation>
    </message>
    <message>
        <source>How the deadline was computed</source>
        <translation>Jak obliczono termin</translation>
    </message>
    <message>
        <source>e.g. Deadline: appeal</source>
        <translation>np. Termin: apelacja</translation>
    </message>
    <message>
        <source>Task &amp;title:</source>
        <translation>Tytuł &amp;zadania:</translation>
    </message>
    <message>
        <source>days before the deadline</source>
        <translation>dni przed terminem</translation>
    </message>
    <message>
        <source>&amp;Remind:</source>
        <translation>Przypo&amp;mnij:</translation>
    </message>
    <message>
        <source>&amp;Add deadline</source>
        <translation>Dod&amp;aj termin</translation>
    </message>
    <message>
        <source>Deadline: {purpose}</source>
        <translation>Termin: {purpose}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>Ostatni dzień terminu: {date}</translation>
    </message>
    <message>
        <source>No deadline computed.</source>
        <translation>Nie obliczono terminu.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>e.g. contract, signed</source>
        <translation>np. umowa, podpisana</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;agi:</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Bez sprawy</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Sprawa:</translation>
    </message>
    <message>
        <source>Peop&amp;le:</source>
        <translation>&amp;Osoby:</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Dokument musi mieć tytuł.</translation>
    </message>
    <message>
        <source>see the log</source>
        <translation>szczegóły są w dzienniku</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nie zapisano: {reason}</translation>
    </message>
</context>
<context>
    <name>DocumentWork</name>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>To się nie udało; szczegóły są w dzienniku.</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Search titles and contents</source>
        <translation>Szukaj w tytułach i treści</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Szukaj dokumentów</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Dodaj pliki…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Nie ma jeszcze dokumentów</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nic nie znaleziono</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>Sprawa:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Wersje</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>&amp;Szczegóły…</translation>
    </message>
    <message>
        <source>Add a &amp;new version…</source>
        <translation>Dodaj &amp;nową wersję…</translation>
    </message>
    <message>
        <source>Choose a document to see its versions.</source>
        <translation>Wybierz dokument, aby zobaczyć jego wersje.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>being read…</source>
        <translation>trwa odczyt…</translation>
    </message>
    <message>
        <source>searchable</source>
        <translation>można przeszukiwać</translation>
    </message>
    <message>
        <source>no text (a scan?)</source>
        <translation>brak tekstu (skan?)</translation>
    </message>
    <message>
        <source>not searchable</source>
        <translation>nie można przeszukiwać</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nie można odczytać</translation>
    </message>
    <message>
        <source>Drop files here from your file manager (Outlook messages and .eml files too) or use the Add files button. SmallCRM keeps its own copy and reads their text for search.</source>
        <translation>Przeciągnij tutaj pliki z menedżera plików (także wiadomości z Outlooka i pliki .eml) lub wybierz „Dodaj pliki…”. SmallCRM przechowuje własną kopię i odczytuje ich tekst na potrzeby wyszukiwania.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tagi:</translation>
    </message>
    <message>
        <source>No document contains “{text}”.</source>
        <translation>Żaden dokument nie zawiera „{text}”.</translation>
    </message>
    <message>
        <source>not filed on a matter</source>
        <translation>nieprzypisany do sprawy</translation>
    </message>
    <message>
        <source>Version {number} · {date} · {size}
{name}</source>
        <translation>Wersja {number} · {date} · {size}
{name}</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Dodaj dokumenty</translation>
    </message>
    <message>
        <source>Folders are not added; choose the files in them.</source>
        <translation>Foldery nie są dodawane; wybierz pliki, które zawierają.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Dodawanie %n pliku…</numerusform>
            <numerusform>Dodawanie %n plików…</numerusform>
            <numerusform>Dodawanie %n plików…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a new version</source>
        <translation>Dodaj nową wersję</translation>
    </message>
    <message>
        <source>Stored as version {number}.</source>
        <translation>Zapisano jako wersję {number}.</translation>
    </message>
    <message>
        <source>That file is the same as the current version.</source>
        <translation>Ten plik jest taki sam jak bieżąca wersja.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s).</source>
        <translation>
            <numerusform>Dodano %n dokument.</numerusform>
            <numerusform>Dodano %n dokumenty.</numerusform>
            <numerusform>Dodano %n dokumentów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them has the same content as a stored document.</source>
        <translation>
            <numerusform>%n z nich ma taką samą treść jak zapisany już dokument.</numerusform>
            <numerusform>%n z nich mają taką samą treść jak zapisane już dokumenty.</numerusform>
            <numerusform>%n z nich ma taką samą treść jak zapisane już dokumenty.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was not added: {reason}</source>
        <translation>Nie dodano pliku „{name}”: {reason}</translation>
    </message>
    <message>
        <source>Opened a copy of “{name}”. When you save changes in the other program, SmallCRM offers to keep them as a new version.</source>
        <translation>Otwarto kopię pliku „{name}”. Gdy zapiszesz zmiany w tamtym programie, SmallCRM zaproponuje zachowanie ich jako nowej wersji.</translation>
    </message>
    <message>
        <source>No program is set to open “{name}”.</source>
        <translation>Nie ustawiono programu do otwierania pliku „{name}”.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n document(s) to the trash.</source>
        <translation>
            <numerusform>Przeniesiono %n dokument do kosza.</numerusform>
            <numerusform>Przeniesiono %n dokumenty do kosza.</numerusform>
            <numerusform>Przeniesiono %n dokumentów do kosza.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n document(s) from the trash.</source>
        <translation>
            <numerusform>Przywrócono %n dokument z kosza.</numerusform>
            <numerusform>Przywrócono %n dokumenty z kosza.</numerusform>
            <numerusform>Przywrócono %n dokumentów z kosza.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatePairsModel</name>
    <message>
        <source>Score</source>
        <translation>Zgodność</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Możliwy duplikat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powody</translation>
    </message>
    <message>
        <source>marked as not duplicates</source>
        <translation>oznaczone: nie są duplikatami</translation>
    </message>
    <message>
        <source>{score} of 100: how sure the finder is</source>
        <translation>{score} na 100: na ile pewne jest dopasowanie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Zgodność {score}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Wyszukiwanie duplikatów</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Możliwe duplikaty</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Brak prawdopodobnych duplikatów</translation>
    </message>
    <message>
        <source>No two contacts share an e-mail or a phone, or have names alike enough to be the same person.</source>
        <translation>Żadne dwa kontakty nie mają wspólnego adresu e-mail ani telefonu, a żadne imiona i nazwiska nie są na tyle podobne, by mogła to być ta sama osoba.</translation>
    </message>
    <message>
        <source>The search was stopped</source>
        <translation>Wyszukiwanie zostało zatrzymane</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Cofnij scalenie</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>Szukaj &amp;ponownie</translation>
    </message>
    <message>
        <source>S&amp;how pairs marked as not duplicates</source>
        <translation>Pokaż &amp;też pary oznaczone „nie są duplikatami”</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Nie są duplikatami</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Scal…</translation>
    </message>
    <message>
        <source>Compare the two and merge them (Enter)</source>
        <translation>Porównaj oba rekordy i scal je (Enter)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Comparing every contact with the others…</source>
        <translation>Porównywanie każdego kontaktu z pozostałymi…</translation>
    </message>
    <message>
        <source>Searching for duplicates</source>
        <translation>Wyszukiwanie duplikatów</translation>
    </message>
    <message>
        <source>This takes a few seconds in a large address book.</source>
        <translation>W dużej książce adresowej trwa to kilka sekund.</translation>
    </message>
    <message>
        <source>Nothing was changed. Search again when you have a moment.</source>
        <translation>Nic nie zostało zmienione. Wyszukaj ponownie, gdy znajdziesz chwilę.</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>The search did not finish</source>
        <translation>Wyszukiwanie nie zostało ukończone</translation>
    </message>
    <message>
        <source>{reason}. Nothing was changed; you can search again.</source>
        <translation>Przyczyna: {reason}. Nic nie zostało zmienione; możesz wyszukać ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be the same person or organisation, best first.</source>
        <translation>
            <numerusform>%n para rekordów, które mogą dotyczyć tej samej osoby lub organizacji; najbardziej prawdopodobne są na górze.</numerusform>
            <numerusform>%n pary rekordów, które mogą dotyczyć tej samej osoby lub organizacji; najbardziej prawdopodobne są na górze.</numerusform>
            <numerusform>%n par rekordów, które mogą dotyczyć tej samej osoby lub organizacji; najbardziej prawdopodobne są na górze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them marked as not duplicates.</source>
        <translation>
            <numerusform>W tym %n oznaczona jako „nie są duplikatami”.</numerusform>
            <numerusform>W tym %n oznaczone jako „nie są duplikatami”.</numerusform>
            <numerusform>W tym %n oznaczonych jako „nie są duplikatami”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the {count} likeliest are listed; merge some and search again.</source>
        <translation>Wyświetlono tylko {count} najbardziej prawdopodobnych par; scal niektóre i wyszukaj ponownie.</translation>
    </message>
    <message>
        <source>{first} and {second}: {reasons}</source>
        <translation>{first} i {second}: {reasons}</translation>
    </message>
    <message>
        <source>Marked as not duplicates: press to take that back (Delete)</source>
        <translation>Oznaczone jako niebędące duplikatami: naciśnij, aby to cofnąć (Delete)</translation>
    </message>
    <message>
        <source>Remember that these two are different: the pair is no longer listed (Delete)</source>
        <translation>Zapamiętaj, że to dwa różne rekordy: para nie będzie już wyświetlana (Delete)</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” are marked as not duplicates.</source>
        <translation>„{first}” i „{second}” oznaczono jako niebędące duplikatami.</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” are listed as possible duplicates again.</source>
        <translation>„{first}” i „{second}” są znowu na liście możliwych duplikatów.</translation>
    </message>
    <message>
        <source>“Not duplicates” could not be saved: {reason}</source>
        <translation>Nie udało się zapisać oznaczenia „nie są duplikatami”: {reason}</translation>
    </message>
    <message>
        <source>Merged into “{name}”.</source>
        <translation>Scalono w kontakt „{name}”.</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>Scalenie zostało cofnięte.</translation>
    </message>
    <message>
        <source>The merge could not be undone: {reason}</source>
        <translation>Nie udało się cofnąć scalenia: {reason}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
</context>
<context>
    <name>EditedCopyDialog</name>
    <message>
        <source>Changed document</source>
        <translation>Zmieniony dokument</translation>
    </message>
    <message>
        <source>“{name}” was changed in another program.</source>
        <translation>Plik „{name}” został zmieniony w innym programie.</translation>
    </message>
    <message>
        <source>Keep the changes as version {number} of the document? The earlier versions stay as they are.</source>
        <translation>Zachować zmiany jako wersję {number} dokumentu? Wcześniejsze wersje pozostaną bez zmian.</translation>
    </message>
    <message>
        <source>&amp;Keep as new version</source>
        <translation>&amp;Zachowaj jako nową wersję</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nie teraz</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Odrzuć zmiany</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Enter a rule, e.g. FREQ=WEEKLY;BYDAY=MO,WE.</source>
        <translation>Wpisz regułę, np. FREQ=WEEKLY;BYDAY=MO,WE.</translation>
    </message>
    <message>
        <source>Give the rule as one RRULE line, without DTSTART.</source>
        <translation>Podaj regułę jako jeden wiersz RRULE, bez DTSTART.</translation>
    </message>
    <message>
        <source>A rule starts with FREQ=, e.g. FREQ=WEEKLY;BYDAY=MO,WE.</source>
        <translation>Reguła zaczyna się od FREQ=, np. FREQ=WEEKLY;BYDAY=MO,WE.</translation>
    </message>
    <message>
        <source>A rule ends by COUNT or by UNTIL, not by both.</source>
        <translation>Reguła kończy się przez COUNT albo UNTIL, nie przez oba.</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Bez przypomnienia</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>W chwili rozpoczęcia</translation>
    </message>
    <message>
        <source>1 week before</source>
        <translation>1 tydzień przed</translation>
    </message>
    <message>
        <source>{n} weeks before</source>
        <translation>{n} tyg. przed</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 dzień przed</translation>
    </message>
    <message>
        <source>{n} days before</source>
        <translation>{n} dni przed</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 godzinę przed</translation>
    </message>
    <message>
        <source>{n} hours before</source>
        <translation>{n} godz. przed</translation>
    </message>
    <message>
        <source>1 minute before</source>
        <translation>1 minutę przed</translation>
    </message>
    <message>
        <source>{n} minutes before</source>
        <translation>{n} min przed</translation>
    </message>
    <message>
        <source>Repeating event</source>
        <translation>Wydarzenie cykliczne</translation>
    </message>
    <message>
        <source>This is a repeating event. Delete only this event, this and the following events, or all events in the series?</source>
        <translation>To jest wydarzenie cykliczne. Usunąć tylko to wydarzenie, to i następne czy wszystkie wydarzenia z serii?</translation>
    </message>
    <message>
        <source>This is a repeating event. Change only this event, this and the following events, or all events in the series?</source>
        <translation>To jest wydarzenie cykliczne. Zmienić tylko to wydarzenie, to i następne czy wszystkie wydarzenia z serii?</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>To wydarzenie</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>To i następne</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Wszystkie wydarzenia</translation>
    </message>
    <message>
        <source>“{title}” is also in the Exchange calendar “{account}”. Deleting it here deletes it there too, from now on without asking.</source>
        <translation>Wydarzenie „{title}” jest także w kalendarzu Exchange „{account}”. Jeśli usuniesz je tutaj, zostanie usunięte także tam – od teraz bez pytania.</translation>
    </message>
    <message>
        <source>Delete in both</source>
        <translation>Usuń w obu</translation>
    </message>
    <message>
        <source>{account} (Exchange)</source>
        <translation>{account} (Exchange)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Ten komputer</translation>
    </message>
    <message>
        <source>Where the event is kept and synced</source>
        <translation>Gdzie wydarzenie jest przechowywane i synchronizowane</translation>
    </message>
    <message>
        <source>A removed Exchange account</source>
        <translation>Usunięte konto Exchange</translation>
    </message>
    <message>
        <source>An event stays in the calendar it was made in.</source>
        <translation>Wydarzenie pozostaje w kalendarzu, w którym zostało utworzone.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nowe wydarzenie</translation>
    </message>
    <message>
        <source>Edit this event</source>
        <translation>Edytuj to wydarzenie</translation>
    </message>
    <message>
        <source>Edit this and the following events</source>
        <translation>Edytuj to i następne wydarzenia</translation>
    </message>
    <message>
        <source>Edit all events in the series</source>
        <translation>Edytuj wszystkie wydarzenia z serii</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Edytuj wydarzenie</translation>
    </message>
    <message>
        <source>e.g. Hearing at the regional court</source>
        <translation>np. Rozprawa w sądzie okręgowym</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcjonalnie</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Godzina rozpoczęcia</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Godzina zakończenia</translation>
    </message>
    <message>
        <source>A&amp;ll day</source>
        <translation>&amp;Cały dzień</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Początek:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Koniec:</translation>
    </message>
    <message>
        <source>None: the same clock time in every zone</source>
        <translation>Brak: ta sama godzina w każdej strefie</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Stre&amp;fa czasowa:</translation>
    </message>
    <message>
        <source>Custom rule…</source>
        <translation>Własna reguła…</translation>
    </message>
    <message>
        <source>RRULE, e.g. FREQ=WEEKLY;BYDAY=MO,WE</source>
        <translation>RRULE, np. FREQ=WEEKLY;BYDAY=MO,WE</translation>
    </message>
    <message>
        <source>Repetition rule</source>
        <translation>Reguła powtarzania</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Po&amp;wtarzanie:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dnia</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Last day of the series</source>
        <translation>Ostatni dzień serii</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Liczba powtórzeń</translation>
    </message>
    <message>
        <source>times</source>
        <translation>powtórzeniach</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>P&amp;rzypomnienie:</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potwierdzone</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Wstępne</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Odwołane</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Jana Nováková &lt;jana@example.cz&gt;, petr@example.cz</source>
        <translation>Anna Kowalska &lt;anna@example.pl&gt;, piotr@example.pl</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>Uczestn&amp;icy:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Osoby:</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Bez sprawy</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Sprawa:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>Ka&amp;lendarz:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Źródło:</translation>
    </message>
    <message>
        <source>Changes apply to the event on {day} only.</source>
        <translation>Zmiany dotyczą tylko tego wydarzenia ({day}).</translation>
    </message>
    <message>
        <source>Changes apply to the event on {day} and the following ones.</source>
        <translation>Zmiany dotyczą tego wydarzenia ({day}) i następnych.</translation>
    </message>
    <message>
        <source>Changes apply to every event in the series.</source>
        <translation>Zmiany dotyczą wszystkich wydarzeń z serii.</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Ostatni &amp;dzień:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Nie powtarza się</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Codziennie</translation>
    </message>
    <message>
        <source>Every working day (Mon–Fri)</source>
        <translation>W każdy dzień roboczy (pon.–pt.)</translation>
    </message>
    <message>
        <source>Weekly on {weekday}</source>
        <translation>Co tydzień: {weekday}</translation>
    </message>
    <message>
        <source>Every 2 weeks on {weekday}</source>
        <translation>Co 2 tygodnie: {weekday}</translation>
    </message>
    <message>
        <source>Monthly on day {day}</source>
        <translation>Co miesiąc w dniu {day}</translation>
    </message>
    <message>
        <source>Monthly on the last working day</source>
        <translation>Co miesiąc w ostatni dzień roboczy</translation>
    </message>
    <message>
        <source>Yearly on {date}</source>
        <translation>Co roku {date}</translation>
    </message>
    <message>
        <source>{repeat}, until {date}</source>
        <translation>{repeat}, do {date}</translation>
    </message>
    <message>
        <source>{repeat}, {count}×</source>
        <translation>{repeat}, {count}×</translation>
    </message>
    <message>
        <source>Ser&amp;ies ends:</source>
        <translation>Koni&amp;ec serii:</translation>
    </message>
    <message>
        <source>The same clock time wherever you are.</source>
        <translation>Ta sama godzina, gdziekolwiek jesteś.</translation>
    </message>
    <message>
        <source>Shown in your zone ({zone}): {when}</source>
        <translation>W Twojej strefie ({zone}): {when}</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Nadaj wydarzeniu tytuł.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Ostatni dzień jest wcześniejszy niż pierwszy.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Wydarzenie kończy się przed rozpoczęciem.</translation>
    </message>
    <message>
        <source>Unknown time zone; pick one from the list, e.g. Europe/Prague.</source>
        <translation>Nieznana strefa czasowa; wybierz ją z listy, np. Europe/Warsaw.</translation>
    </message>
    <message>
        <source>The series cannot end before its first day.</source>
        <translation>Seria nie może się skończyć przed swoim pierwszym dniem.</translation>
    </message>
    <message>
        <source>Not an e-mail address: {items}</source>
        <translation>To nie są adresy e-mail: {items}</translation>
    </message>
    <message>
        <source>Pick a matter from the list, or leave it empty.</source>
        <translation>Wybierz sprawę z listy lub pozostaw pole puste.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Usuń wydarzenie</translation>
    </message>
    <message>
        <source>Delete every event in the series “{title}”?</source>
        <translation>Usunąć wszystkie wydarzenia z serii „{title}”?</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Usunąć „{title}”?</translation>
    </message>
    <message>
        <source>It goes to the trash, where it can be restored.</source>
        <translation>Trafi do kosza, skąd można je przywrócić.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>It could not be saved; see the log.</source>
        <translation>Nie udało się zapisać; szczegóły w dzienniku.</translation>
    </message>
</context>
<context>
    <name>ExchangeAccountDialog</name>
    <message>
        <source>New Exchange Account</source>
        <translation>Nowe konto Exchange</translation>
    </message>
    <message>
        <source>Exchange Account</source>
        <translation>Konto Exchange</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Skrzynka odbiorcza</translation>
    </message>
    <message>
        <source>Sent Items</source>
        <translation>Elementy wysłane</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Wersje robocze</translation>
    </message>
    <message>
        <source>Deleted Items</source>
        <translation>Elementy usunięte</translation>
    </message>
    <message>
        <source>Junk Email</source>
        <translation>Wiadomości-śmieci</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Skrzynka nadawcza</translation>
    </message>
    <message>
        <source>e.g. Office Exchange</source>
        <translation>np. Exchange biurowy</translation>
    </message>
    <message>
        <source>As the server asks (recommended)</source>
        <translation>Zgodnie z wymaganiem serwera (zalecane)</translation>
    </message>
    <message>
        <source>NTLM (Windows login)</source>
        <translation>NTLM (logowanie do Windows)</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>Uwie&amp;rzytelnianie:</translation>
    </message>
    <message>
        <source>EWS &amp;address:</source>
        <translation>&amp;Adres EWS:</translation>
    </message>
    <message>
        <source>https://mail.firm.cz/EWS/Exchange.asmx</source>
        <translation>https://mail.firma.pl/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://): the password and every message cross the network as plain text. Use it only for a server on this computer or a network you trust.</source>
        <translation>Ten adres nie jest szyfrowany (http://): hasło i każda wiadomość przechodzą przez sieć otwartym tekstem. Używaj go tylko dla serwera na tym komputerze lub w sieci, której ufasz.</translation>
    </message>
    <message>
        <source>Find it from the &amp;e-mail address</source>
        <translation>Wykryj na podstawie adresu &amp;e-mail</translation>
    </message>
    <message>
        <source>SmallCRM asks the firm&apos;s server (autodiscover) with the mailbox e-mail and password below when you test the connection or save.</source>
        <translation>Przy teście połączenia lub zapisie SmallCRM odpytuje serwer kancelarii (autodiscover), używając podanych niżej adresu e-mail skrzynki i hasła.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <source>e.g. FIRMA\novakova</source>
        <translation>np. FIRMA\kowalska</translation>
    </message>
    <message>
        <source>As you sign in to Windows at the office: DOMAIN\user or user@firm.cz</source>
        <translation>Tak jak logujesz się do Windows w biurze: DOMENA\użytkownik lub użytkownik@firma.pl</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nazwa &amp;użytkownika:</translation>
    </message>
    <message>
        <source>optional, e.g. jana.novakova@firm.cz</source>
        <translation>opcjonalnie, np. anna.kowalska@firma.pl</translation>
    </message>
    <message>
        <source>Needed when the user name is DOMAIN\user; else the user name is used.</source>
        <translation>Wymagany, gdy nazwa użytkownika ma postać DOMENA\użytkownik; w przeciwnym razie używana jest nazwa użytkownika.</translation>
    </message>
    <message>
        <source>&amp;Mailbox e-mail:</source>
        <translation>Adres e-mail &amp;skrzynki:</translation>
    </message>
    <message>
        <source>Sync the &amp;calendar both ways</source>
        <translation>Synchronizuj &amp;kalendarz w obie strony</translation>
    </message>
    <message>
        <source>Appointments of this mailbox appear in SmallCRM&apos;s calendar, and those made or changed here go back to Exchange.</source>
        <translation>Spotkania z tej skrzynki pojawiają się w kalendarzu SmallCRM, a te utworzone lub zmienione tutaj wracają do Exchange.</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Kalendarz:</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Nadaj kontu nazwę.</translation>
    </message>
    <message>
        <source>Type the EWS address, or let SmallCRM find it.</source>
        <translation>Wpisz adres EWS albo pozwól SmallCRM go wykryć.</translation>
    </message>
    <message>
        <source>This is not a web address: it looks like https://mail.firm.cz/EWS/Exchange.asmx</source>
        <translation>To nie jest adres internetowy; poprawny wygląda jak https://mail.firma.pl/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <source>Confirm the unencrypted connection below, or use https://.</source>
        <translation>Potwierdź poniżej połączenie bez szyfrowania lub użyj https://.</translation>
    </message>
    <message>
        <source>Type the user name.</source>
        <translation>Wpisz nazwę użytkownika.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>To nie jest adres e-mail.</translation>
    </message>
    <message>
        <source>Type the mailbox&apos;s e-mail address: a DOMAIN\user name does not say it.</source>
        <translation>Wpisz adres e-mail skrzynki: nie wynika on z nazwy w postaci DOMENA\użytkownik.</translation>
    </message>
    <message>
        <source>Tick at least one folder to sync.</source>
        <translation>Zaznacz co najmniej jeden folder do synchronizacji.</translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Wpisz hasło, aby przetestować połączenie.</translation>
    </message>
    <message>
        <source>“{name}” is an IMAP account: it opens in the IMAP form.</source>
        <translation>„{name}” to konto IMAP: otwiera się w formularzu IMAP.</translation>
    </message>
    <message>
        <source>A folder chosen earlier (Load folders names it)</source>
        <translation>Wcześniej wybrany folder (nazwę pokaże Wczytaj foldery)</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n mail folder(s) on the server.</source>
        <translation>
            <numerusform>Połączono: na serwerze jest %n folder poczty.</numerusform>
            <numerusform>Połączono: na serwerze są %n foldery poczty.</numerusform>
            <numerusform>Połączono: na serwerze jest %n folderów poczty.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asks for %1.</source>
        <translation>Serwer wymaga %1.</translation>
    </message>
    <message>
        <source>Found at %1</source>
        <translation>Znaleziono pod adresem %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n wiadomość</numerusform>
            <numerusform>%n wiadomości</numerusform>
            <numerusform>%n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nie połączono.</translation>
    </message>
    <message>
        <source>Found what the server asks; saving…</source>
        <translation>Ustalono wymagania serwera; zapisywanie…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Eksport kontaktów</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>vCard 4.0 (current address books)</source>
        <translation>vCard 4.0 (obecne książki adresowe)</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones and Outlook)</source>
        <translation>vCard 3.0 (starsze telefony i Outlook)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets; UTF-8)</source>
        <translation>CSV (arkusze kalkulacyjne; UTF-8)</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakty:</translation>
    </message>
    <message>
        <source>Selected contacts ({count})</source>
        <translation>Zaznaczone kontakty ({count})</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Wszystkie kontakty</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>All contacts ({count})</source>
        <translation>Wszystkie kontakty ({count})</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {file}.</source>
        <translation>Wyeksportowano kontakty do pliku {file} (liczba: {count}).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>An unexpected error stopped the export. The details are in the log.</source>
        <translation>Eksport przerwał nieoczekiwany błąd. Szczegóły znajdziesz w dzienniku.</translation>
    </message>
    <message>
        <source>The contacts were not exported. {reason}</source>
        <translation>Kontakty nie zostały wyeksportowane. {reason}</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Be reminded when it is time to get in touch again</source>
        <translation>Przypomnij, gdy czas znów się odezwać</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Co %n tydzień</numerusform>
            <numerusform>Co %n tygodnie</numerusform>
            <numerusform>Co %n tygodni</numerusform>
        </translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Inne…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Nie przypominaj</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>zaległe od {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>termin dziś</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>termin jutro</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>termin {date}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Mark done: it goes on the timeline</source>
        <translation>Oznacz jako gotowe; trafi na oś czasu</translation>
    </message>
    <message>
        <source>Mark “{title}” done</source>
        <translation>Oznacz „{title}” jako gotowe</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Jeszcze bez kontaktu</translation>
    </message>
    <message>
        <source>Last contact today</source>
        <translation>Ostatni kontakt dziś</translation>
    </message>
    <message>
        <source>Last contact yesterday</source>
        <translation>Ostatni kontakt wczoraj</translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n days ago</source>
        <translation>
            <numerusform>Ostatni kontakt %n dzień temu</numerusform>
            <numerusform>Ostatni kontakt %n dni temu</numerusform>
            <numerusform>Ostatni kontakt %n dni temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n weeks ago</source>
        <translation>
            <numerusform>Ostatni kontakt %n tydzień temu</numerusform>
            <numerusform>Ostatni kontakt %n tygodnie temu</numerusform>
            <numerusform>Ostatni kontakt %n tygodni temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n months ago</source>
        <translation>
            <numerusform>Ostatni kontakt %n miesiąc temu</numerusform>
            <numerusform>Ostatni kontakt %n miesiące temu</numerusform>
            <numerusform>Ostatni kontakt %n miesięcy temu</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay in touch: not set</source>
        <translation>Utrzymuj kontakt: nie ustawiono</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Ustaw…</translation>
    </message>
    <message numerus="yes">
        <source>Stay in touch every %n weeks</source>
        <translation>
            <numerusform>Utrzymuj kontakt co %n tydzień</numerusform>
            <numerusform>Utrzymuj kontakt co %n tygodnie</numerusform>
            <numerusform>Utrzymuj kontakt co %n tygodni</numerusform>
        </translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <source>{last}, due since {date}</source>
        <translation>{last}, zaległe od {date}</translation>
    </message>
    <message>
        <source>{last}, next due {date}</source>
        <translation>{last}, następny do {date}</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Nie udało się: {reason}</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Utrzymuj kontakt</translation>
    </message>
    <message>
        <source>Weeks between contacts:</source>
        <translation>Liczba tygodni między kontaktami:</translation>
    </message>
</context>
<context>
    <name>FormFrame</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Import kontaktów</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Cofnij ten import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Wczytywanie plików…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Plik CSV:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>Other delimiter</source>
        <translation>Inny separator</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>Pierwszy wiersz to &amp;nagłówek</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Under each column name, choose what the column holds. Rows shown in red cannot be imported as they are; point at one to see why.</source>
        <translation>Pod nazwą każdej kolumny wybierz, co ta kolumna zawiera. Wierszy zaznaczonych na czerwono nie można zaimportować w obecnej postaci; wskaż jeden z nich myszą, aby zobaczyć dlaczego.</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Podgląd pliku</translation>
    </message>
    <message>
        <source>When a contact already exists:</source>
        <translation>Gdy kontakt już istnieje:</translation>
    </message>
    <message>
        <source>&amp;Update it from the file</source>
        <translation>&amp;Aktualizuj go danymi z pliku</translation>
    </message>
    <message>
        <source>&amp;Skip it</source>
        <translation>Po&amp;miń go</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>Kopiuj &amp;listę</translation>
    </message>
    <message>
        <source>Copies file, line and reason of every problem, one per line</source>
        <translation>Kopiuje plik, wiersz i przyczynę każdego problemu, po jednym problemie w wierszu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: nie można odczytać ({reason}).</translation>
    </message>
    <message>
        <source>{file}: {cards} contacts found, {problems} problems.</source>
        <translation>{file}: znalezione kontakty: {cards}, problemy: {problems}.</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8 with BOM)</source>
        <translation>Unicode (UTF-8 z BOM)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 LE)</source>
        <translation>Unicode (UTF-16 LE)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 BE)</source>
        <translation>Unicode (UTF-16 BE)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Środkowoeuropejskie (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO-8859-2)</source>
        <translation>Środkowoeuropejskie (ISO-8859-2)</translation>
    </message>
    <message>
        <source>Central European (DOS 852)</source>
        <translation>Środkowoeuropejskie (DOS 852)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Zachodnioeuropejskie (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>Zachodnioeuropejskie (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cyrylica (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-U)</source>
        <translation>Cyrylica (KOI8-U)</translation>
    </message>
    <message>
        <source>Cyrillic (ISO-8859-5)</source>
        <translation>Cyrylica (ISO-8859-5)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>Japońskie (Shift-JIS)</translation>
    </message>
    <message>
        <source>{encoding} · detected</source>
        <translation>{encoding} · wykryto</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Przecinek (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Średnik (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Kreska pionowa (|)</translation>
    </message>
    <message>
        <source>{delimiter} · detected</source>
        <translation>{delimiter} · wykryto</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Inny:</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Kolumna {number}</translation>
    </message>
    <message>
        <source>Showing the first {rows} rows; numbers on the left are file lines.</source>
        <translation>Podgląd pierwszych wierszy: {rows}; liczby po lewej to numery wierszy w pliku.</translation>
    </message>
    <message>
        <source>No rows to show: check the encoding and the delimiter.</source>
        <translation>Brak wierszy do wyświetlenia: sprawdź kodowanie i separator.</translation>
    </message>
    <message>
        <source>SmallCRM export</source>
        <translation>Eksport z SmallCRM</translation>
    </message>
    <message>
        <source>Outlook (recognised by its column names)</source>
        <translation>Outlook (rozpoznano po nazwach kolumn)</translation>
    </message>
    <message>
        <source>Google Contacts (recognised by its column names)</source>
        <translation>Kontakty Google (rozpoznano po nazwach kolumn)</translation>
    </message>
    <message>
        <source>Thunderbird (recognised by its column names)</source>
        <translation>Thunderbird (rozpoznano po nazwach kolumn)</translation>
    </message>
    <message>
        <source>Not recognised: check how the columns are mapped</source>
        <translation>Nie rozpoznano: sprawdź przypisanie kolumn</translation>
    </message>
    <message>
        <source>ID: {key}</source>
        <translation>ID: {key}</translation>
    </message>
    <message>
        <source>Column {number} holds</source>
        <translation>Kolumna {number} zawiera</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— pomiń —</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Osoba lub organizacja</translation>
    </message>
    <message>
        <source>Title (before the name)</source>
        <translation>Tytuł (przed nazwiskiem)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Title (after the name)</source>
        <translation>Tytuł (po nazwisku)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Pełne imię i nazwisko</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Pseudonim</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Urodziny</translation>
    </message>
    <message>
        <source>Birthday: year</source>
        <translation>Urodziny: rok</translation>
    </message>
    <message>
        <source>Birthday: month</source>
        <translation>Urodziny: miesiąc</translation>
    </message>
    <message>
        <source>Birthday: day</source>
        <translation>Urodziny: dzień</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail 2</source>
        <translation>E-mail 2</translation>
    </message>
    <message>
        <source>E-mail 3</source>
        <translation>E-mail 3</translation>
    </message>
    <message>
        <source>E-mail (work)</source>
        <translation>E-mail (służbowy)</translation>
    </message>
    <message>
        <source>E-mail (home)</source>
        <translation>E-mail (prywatny)</translation>
    </message>
    <message>
        <source>E-mail (other)</source>
        <translation>E-mail (inny)</translation>
    </message>
    <message>
        <source>E-mail: label of the next</source>
        <translation>E-mail: etykieta następnego</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation>Telefon (służbowy)</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>Telefon (domowy)</translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation>Telefon (komórkowy)</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>Phone (other)</source>
        <translation>Telefon (inny)</translation>
    </message>
    <message>
        <source>Phone: label of the next</source>
        <translation>Telefon: etykieta następnego</translation>
    </message>
    <message>
        <source>Address: label</source>
        <translation>Adres: etykieta</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Web page: label of the next</source>
        <translation>Strona WWW: etykieta następnej</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Registry number (IČO, REGON …)</source>
        <translation>Numer rejestrowy (IČO, REGON …)</translation>
    </message>
    <message>
        <source>Tax number (DIČ, NIP …)</source>
        <translation>Numer podatkowy (DIČ, NIP …)</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numer VAT UE</translation>
    </message>
    <message>
        <source>Unique id (UID)</source>
        <translation>Unikalny identyfikator (UID)</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Adres służbowy</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Adres domowy</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Inny adres</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>street</source>
        <translation>ulica</translation>
    </message>
    <message>
        <source>street, line 2</source>
        <translation>ulica, wiersz 2</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>skrytka pocztowa</translation>
    </message>
    <message>
        <source>city</source>
        <translation>miasto</translation>
    </message>
    <message>
        <source>region</source>
        <translation>województwo</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>kod pocztowy</translation>
    </message>
    <message>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>{address}: {part}</source>
        <translation>{address}: {part}</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Wczytywanie pliku {file}</translation>
    </message>
    <message>
        <source>Saving {count} contacts…</source>
        <translation>Zapisywanie kontaktów ({count})…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import zakończony</translation>
    </message>
    <message>
        <source>{imported} new contacts imported, {updated} updated, {unchanged} already up to date.</source>
        <translation>Nowe kontakty: {imported}, zaktualizowane: {updated}, bez zmian (już aktualne): {unchanged}.</translation>
    </message>
    <message>
        <source>{count} records were not imported or not imported whole. Each is listed with its file and line; the rest of each file was imported.</source>
        <translation>Rekordy niezaimportowane lub zaimportowane tylko częściowo: {count}. Każdy jest wymieniony wraz z plikiem i wierszem; pozostała część każdego pliku została zaimportowana.</translation>
    </message>
    <message>
        <source>Every record was read without a problem.</source>
        <translation>Wszystkie rekordy wczytano bez problemów.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Cofanie…</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import cofnięty</translation>
    </message>
    <message>
        <source>The import was undone: {count} records were taken back.</source>
        <translation>Import został cofnięty (wycofane rekordy: {count}).</translation>
    </message>
    <message>
        <source>The problems the import met are still listed below, for reference.</source>
        <translation>Problemy napotkane podczas importu pozostają dla informacji wymienione poniżej.</translation>
    </message>
    <message>
        <source>The import did not run</source>
        <translation>Import nie został wykonany</translation>
    </message>
    <message>
        <source>Nothing was changed. You can close this window and try again.</source>
        <translation>Nic nie zostało zmienione. Możesz zamknąć to okno i spróbować ponownie.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the work. The details are in the log file.</source>
        <translation>Pracę przerwał nieoczekiwany błąd. Szczegóły znajdziesz w pliku dziennika.</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard *.csv *.txt)</source>
        <translation>Pliki kontaktów (*.vcf *.vcard *.csv *.txt)</translation>
    </message>
    <message>
        <source>vCard (*.vcf *.vcard)</source>
        <translation>vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>MailAccountDialogBase</name>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>I understand; connect without encryption</source>
        <translation>Rozumiem; połącz bez szyfrowania</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>leave empty to keep the saved one</source>
        <translation>pozostaw puste, aby zachować zapisane</translation>
    </message>
    <message>
        <source>Keep the password in memory until SmallCRM closes</source>
        <translation>Przechowuj hasło w pamięci do zamknięcia SmallCRM</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <source>&amp;Load folders</source>
        <translation>&amp;Wczytaj foldery</translation>
    </message>
    <message>
        <source>List the folders on the server</source>
        <translation>Pokaż foldery na serwerze</translation>
    </message>
    <message>
        <source>&amp;Folders:</source>
        <translation>&amp;Foldery:</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>Ostatnie</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Everything in the mailbox</source>
        <translation>Wszystko w skrzynce pocztowej</translation>
    </message>
    <message>
        <source>First sync reaches back:</source>
        <translation>Pierwsza synchronizacja obejmie:</translation>
    </message>
    <message>
        <source>All mail</source>
        <translation>Całą pocztę</translation>
    </message>
    <message>
        <source>Every message in the chosen folders is kept and searchable here.</source>
        <translation>Każda wiadomość z wybranych folderów jest przechowywana i można ją tu wyszukać.</translation>
    </message>
    <message>
        <source>Only mail of contacts</source>
        <translation>Tylko pocztę z kontaktami</translation>
    </message>
    <message>
        <source>A message is kept only when a sender or recipient is in the address book; private and marketing mail stays on the server.</source>
        <translation>Wiadomość jest przechowywana tylko wtedy, gdy nadawca lub odbiorca jest w książce adresowej; poczta prywatna i marketingowa zostaje na serwerze.</translation>
    </message>
    <message>
        <source>Only mail filed on a matter</source>
        <translation>Tylko pocztę przypisaną do sprawy</translation>
    </message>
    <message>
        <source>Only messages in a conversation already filed on a matter are kept; the rest is not stored.</source>
        <translation>Przechowywane są tylko wiadomości z wątków już przypisanych do sprawy; reszta nie jest zapisywana.</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Przechowuj:</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Co</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when I ask (Sync Mail Now)</source>
        <translation>Tylko na żądanie (Synchronizuj pocztę teraz)</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>Synchronizacja:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>I trust this certificate (fingerprint %1)</source>
        <translation>Ufam temu certyfikatowi (odcisk %1)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Compare its SHA-256 fingerprint with the one your mail provider or administrator gives you:
%1</source>
        <translation>Certyfikat serwera nie jest zaufany. Porównaj jego odcisk SHA-256 z tym, który poda Ci dostawca poczty lub administrator:
%1</translation>
    </message>
    <message>
        <source>The test failed unexpectedly; the log file has the details.</source>
        <translation>Test nieoczekiwanie się nie powiódł; szczegóły znajdziesz w pliku dziennika.</translation>
    </message>
    <message>
        <source>Saving failed unexpectedly; the log file has the details.</source>
        <translation>Zapisywanie nieoczekiwanie się nie powiodło; szczegóły znajdziesz w pliku dziennika.</translation>
    </message>
    <message>
        <source>Type the account&apos;s password.</source>
        <translation>Wpisz hasło do konta.</translation>
    </message>
    <message>
        <source>No secure password store works on this computer: tick “Keep the password in memory until SmallCRM closes”, or install a password store.</source>
        <translation>Na tym komputerze nie działa żaden bezpieczny magazyn haseł: zaznacz „Przechowuj hasło w pamięci do zamknięcia SmallCRM” lub zainstaluj magazyn haseł.</translation>
    </message>
</context>
<context>
    <name>MailAccountsDialog</name>
    <message>
        <source>Mail Accounts</source>
        <translation>Konta pocztowe</translation>
    </message>
    <message>
        <source>No mail accounts yet. Add one to see client mail on contacts and matters.</source>
        <translation>Nie ma jeszcze kont pocztowych. Dodaj konto, aby widzieć pocztę klientów przy kontaktach i sprawach.</translation>
    </message>
    <message>
        <source>Add &amp;IMAP Account…</source>
        <translation>Dodaj konto &amp;IMAP…</translation>
    </message>
    <message>
        <source>Add E&amp;xchange Account…</source>
        <translation>Dodaj konto E&amp;xchange…</translation>
    </message>
    <message>
        <source>A mailbox on the firm&apos;s own Microsoft Exchange Server (EWS)</source>
        <translation>Skrzynka pocztowa na własnym serwerze Microsoft Exchange Server kancelarii (EWS)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>trwa synchronizacja…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored</source>
        <translation>
            <numerusform>%n zapisana wiadomość</numerusform>
            <numerusform>%n zapisane wiadomości</numerusform>
            <numerusform>%n zapisanych wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>jeszcze niezsynchronizowane</translation>
    </message>
    <message>
        <source>%1 on Exchange %2</source>
        <translation>%1 na serwerze Exchange %2</translation>
    </message>
    <message>
        <source>Stop syncing “%1” and forget its password?

The messages already stored stay here, listed, searchable and filed as they are. Nothing is deleted on the server.</source>
        <translation>Przestać synchronizować „%1” i zapomnieć jego hasło?

Zapisane już wiadomości zostaną tutaj: na listach, w wyszukiwaniu i przypisane do spraw tak jak są. Na serwerze nic nie zostanie usunięte.</translation>
    </message>
    <message>
        <source>Its calendar&apos;s events stay too, as this computer&apos;s events; changes to them no longer go to Exchange.</source>
        <translation>Zostaną też wydarzenia jego kalendarza, jako wydarzenia tego komputera; ich zmiany nie będą już wysyłane do Exchange.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>MailSync</name>
    <message>
        <source>no password</source>
        <translation>brak hasła</translation>
    </message>
    <message>
        <source>sync failed unexpectedly</source>
        <translation>synchronizacja nieoczekiwanie się nie powiodła</translation>
    </message>
    <message>
        <source>password refused</source>
        <translation>hasło odrzucone</translation>
    </message>
    <message>
        <source>server not reachable</source>
        <translation>serwer niedostępny</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>certyfikat niezaufany</translation>
    </message>
    <message>
        <source>being synced elsewhere</source>
        <translation>synchronizowane gdzie indziej</translation>
    </message>
    <message>
        <source>server busy</source>
        <translation>serwer jest przeciążony</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar conflict(s)</source>
        <translation>
            <numerusform>%n konflikt w kalendarzu</numerusform>
            <numerusform>%n konflikty w kalendarzu</numerusform>
            <numerusform>%n konfliktów w kalendarzu</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts to sync</source>
        <translation>Brak kont do synchronizacji</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronizowanie %1…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 %3…</source>
        <translation>Synchronizowanie %1: %2 %3…</translation>
    </message>
    <message>
        <source>Mail (%1): %2</source>
        <translation>Poczta (%1): %2</translation>
    </message>
    <message>
        <source>Mail: %1</source>
        <translation>Poczta: %1</translation>
    </message>
    <message>
        <source> — next try %1</source>
        <translation> — następna próba o %1</translation>
    </message>
    <message>
        <source>Mail not synced yet</source>
        <translation>Poczta nie została jeszcze zsynchronizowana</translation>
    </message>
    <message>
        <source>Mail synced %1 — %2 new</source>
        <translation>Poczta zsynchronizowana o %1 — nowe: %2</translation>
    </message>
    <message>
        <source>, %1 not kept (privacy)</source>
        <translation>, nie zachowano: %1 (prywatność)</translation>
    </message>
    <message>
        <source>Add a mail account in File › Mail Accounts…</source>
        <translation>Dodaj konto pocztowe w menu Plik › Konta pocztowe…</translation>
    </message>
    <message>
        <source>%1: last synced %2 %3 — %4 new, %5 not kept (privacy); %6 stored</source>
        <translation>%1: ostatnia synchronizacja %2 o %3 — nowe: %4, nie zachowano: %5 (prywatność); zapisane łącznie: %6</translation>
    </message>
    <message>
        <source>%1: not synced yet</source>
        <translation>%1: jeszcze nie zsynchronizowano</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Ostatni błąd: %1</translation>
    </message>
    <message>
        <source>Next try %1</source>
        <translation>Następna próba o %1</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar change(s) wait for your decision</source>
        <translation>
            <numerusform>%n zmiana w kalendarzu czeka na Twoją decyzję</numerusform>
            <numerusform>%n zmiany w kalendarzu czekają na Twoją decyzję</numerusform>
            <numerusform>%n zmian w kalendarzu czeka na Twoją decyzję</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncs only when you ask (F9)</source>
        <translation>Synchronizacja tylko na żądanie (F9)</translation>
    </message>
</context>
<context>
    <name>MailView</name>
    <message>
        <source>Mail accounts</source>
        <translation>Konta pocztowe</translation>
    </message>
    <message>
        <source>No mail here</source>
        <translation>Brak poczty</translation>
    </message>
    <message>
        <source>Mail from the accounts you add appears here after the next sync.</source>
        <translation>Poczta z dodanych kont pojawi się tutaj po następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Mail with this person or on this matter appears here.</source>
        <translation>Tutaj pojawi się poczta z tą osobą lub dotycząca tej sprawy.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <source>All mail</source>
        <translation>Cała poczta</translation>
    </message>
    <message>
        <source>{user} on {host}: {count} messages</source>
        <translation>{user} na {host} – liczba wiadomości: {count}</translation>
    </message>
    <message>
        <source>see the log</source>
        <translation>szczegóły są w dzienniku</translation>
    </message>
    <message>
        <source>The message cannot be shown: {reason}</source>
        <translation>Nie można wyświetlić wiadomości: {reason}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>Not filed on a matter</source>
        <translation>Nieprzypisana do sprawy</translation>
    </message>
    <message>
        <source>Move to &amp;matter…</source>
        <translation>Przenieś do &amp;sprawy…</translation>
    </message>
    <message>
        <source>File on &amp;matter…</source>
        <translation>Przypisz do &amp;sprawy…</translation>
    </message>
    <message>
        <source>Parts of this message could not be read.</source>
        <translation>Nie udało się odczytać części tej wiadomości.</translation>
    </message>
    <message>
        <source>Remote images were blocked ({count}).</source>
        <translation>Zablokowano obrazy zdalne (liczba: {count}).</translation>
    </message>
    <message>
        <source>— filed</source>
        <translation>— dodano</translation>
    </message>
    <message>
        <source>Open the Mail section to file documents</source>
        <translation>Otwórz sekcję Poczta, aby dodawać dokumenty</translation>
    </message>
    <message>
        <source>Pick a matter from the list.</source>
        <translation>Wybierz sprawę z listy.</translation>
    </message>
    <message>
        <source>Filed on the matter.</source>
        <translation>Przypisano do sprawy.</translation>
    </message>
    <message>
        <source>Removed from the matter.</source>
        <translation>Usunięto ze sprawy.</translation>
    </message>
    <message>
        <source>Not filed: {reason}</source>
        <translation>Nie przypisano: {reason}</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Zapisz załącznik</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Zapisano {name}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nie zapisano: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Filed as %n document(s).</source>
        <translation>
            <numerusform>Dodano jako %n dokument.</numerusform>
            <numerusform>Dodano jako %n dokumenty.</numerusform>
            <numerusform>Dodano jako %n dokumentów.</numerusform>
        </translation>
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
        <source>New &amp;Matter</source>
        <translation>Nowa &amp;sprawa</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importuj kontakty…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>&amp;Eksportuj kontakty…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicate Contacts…</source>
        <translation>Znajdź &amp;duplikaty kontaktów…</translation>
    </message>
    <message>
        <source>Mail &amp;Accounts…</source>
        <translation>&amp;Konta pocztowe…</translation>
    </message>
    <message>
        <source>&amp;Sync Mail Now</source>
        <translation>Synchronizuj pocztę &amp;teraz</translation>
    </message>
    <message>
        <source>Calendar &amp;Conflicts…</source>
        <translation>Kon&amp;flikty w kalendarzu…</translation>
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
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
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
        <source>Review…</source>
        <translation>Przejrzyj…</translation>
    </message>
    <message>
        <source>Calendar changes that wait for your decision</source>
        <translation>Zmiany w kalendarzu czekające na Twoją decyzję</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trwa praca…</translation>
    </message>
    <message>
        <source>Your changes are stored as version {number}.</source>
        <translation>Twoje zmiany zapisano jako wersję {number}.</translation>
    </message>
    <message>
        <source>Calendar &amp;Conflicts (%1)…</source>
        <translation>Kon&amp;flikty w kalendarzu (%1)…</translation>
    </message>
    <message>
        <source>Coming in a later version of SmallCRM.</source>
        <translation>Pojawi się w jednej z kolejnych wersji SmallCRM.</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Pogrubienie (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Kursywa (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista punktowana</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerowana</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, - list</source>
        <translation>Markdown: **pogrubienie**, *kursywa*, - lista</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
</context>
<context>
    <name>MatterFormDialog</name>
    <message>
        <source>New matter</source>
        <translation>Nowa sprawa</translation>
    </message>
    <message>
        <source>Edit {number}</source>
        <translation>Edytuj {number}</translation>
    </message>
    <message>
        <source>e.g. Novák v. Dvořák, Tax return 2025</source>
        <translation>np. Nowak przeciwko Kowalskiemu, Zeznanie podatkowe 2025</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>Given automatically, like {example}</source>
        <translation>Nadawany automatycznie, np. {example}</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;umer:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <source>Who in the firm answers for it</source>
        <translation>Kto w kancelarii za nią odpowiada</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Odpowiedzialny:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>Ot&amp;warta:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Niezamknięta</translation>
    </message>
    <message>
        <source>Cl&amp;osed:</source>
        <translation>&amp;Zamknięta:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter zapisuje, Esc anuluje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Enter a title for the matter.</source>
        <translation>Wpisz tytuł sprawy.</translation>
    </message>
    <message>
        <source>The title is too long: at most {count} characters.</source>
        <translation>Tytuł jest za długi: najwyżej {count} znaków.</translation>
    </message>
    <message>
        <source>The matter cannot close before it opens.</source>
        <translation>Sprawa nie może zostać zamknięta przed jej otwarciem.</translation>
    </message>
    <message>
        <source>Pick the client from the list of names, or leave it empty.</source>
        <translation>Wybierz klienta z listy nazw albo zostaw pole puste.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Popraw zaznaczone pola.</translation>
    </message>
    <message>
        <source>The number {number} is already used by another matter.</source>
        <translation>Numer {number} ma już inna sprawa.</translation>
    </message>
    <message>
        <source>The matter could not be saved; see the log.</source>
        <translation>Nie udało się zapisać sprawy; szczegóły są w dzienniku.</translation>
    </message>
</context>
<context>
    <name>MatterPage</name>
    <message>
        <source>← &amp;Back to matters</source>
        <translation>← &amp;Powrót do spraw</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Powrót do listy (Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Change the title, number, stage, dates (F2)</source>
        <translation>Zmień tytuł, numer, etap, daty (F2)</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Przenieś do &amp;kosza</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
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
        <source>Conflict check</source>
        <translation>Sprawdzenie konfliktu interesów</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>No parties yet. Add the client, the other side and anyone else involved.</source>
        <translation>Nie ma jeszcze stron. Dodaj klienta, stronę przeciwną i pozostałych uczestników.</translation>
    </message>
    <message>
        <source>&amp;Add party…</source>
        <translation>&amp;Dodaj stronę…</translation>
    </message>
    <message>
        <source>Open &amp;contact</source>
        <translation>Otwórz &amp;kontakt</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>No open tasks for this matter. Set a reminder below to follow it up.</source>
        <translation>Brak otwartych zadań w tej sprawie. Poniżej możesz ustawić przypomnienie.</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Oznacz jako &amp;wykonane</translation>
    </message>
    <message>
        <source>Remind me in</source>
        <translation>Przypomnij za</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Days until the reminder</source>
        <translation>Liczba dni do przypomnienia</translation>
    </message>
    <message>
        <source>Set &amp;reminder</source>
        <translation>Ustaw &amp;przypomnienie</translation>
    </message>
    <message>
        <source>&amp;Deadline calculator…</source>
        <translation>K&amp;alkulator terminów…</translation>
    </message>
    <message>
        <source>Count a deadline from a date, skipping weekends and public holidays</source>
        <translation>Oblicz termin od daty z pominięciem weekendów i świąt</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Stage: {stage} ({days})</source>
        <translation>Etap: {stage} ({days})</translation>
    </message>
    <message>
        <source>Responsible: {name}</source>
        <translation>Odpowiedzialny: {name}</translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation>Otwarta {date}</translation>
    </message>
    <message>
        <source>Closed {date}</source>
        <translation>Zamknięta {date}</translation>
    </message>
    <message>
        <source>{name} (in the trash)</source>
        <translation>{name} (w koszu)</translation>
    </message>
    <message>
        <source>Parties ({count})</source>
        <translation>Strony ({count})</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Tasks ({count})</source>
        <translation>Zadania ({count})</translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation>Oznaczono jako wykonane.</translation>
    </message>
    <message>
        <source>Follow up: {matter}</source>
        <translation>Kontakt w sprawie: {matter}</translation>
    </message>
    <message>
        <source>Reminder set for {date}.</source>
        <translation>Ustawiono przypomnienie na {date}.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the change. The details are in the log.</source>
        <translation>Zmianę przerwał nieoczekiwany błąd. Szczegóły są w dzienniku.</translation>
    </message>
</context>
<context>
    <name>MatterPickDialog</name>
    <message>
        <source>File on matter</source>
        <translation>Przypisz do sprawy</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Sprawa:</translation>
    </message>
    <message>
        <source>The whole &amp;conversation ({count} messages)</source>
        <translation>Cały &amp;wątek (wiadomości: {count})</translation>
    </message>
</context>
<context>
    <name>MatterSettingsDialog</name>
    <message>
        <source>Stages, types and numbers</source>
        <translation>Etapy, rodzaje i numery</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>Matter types</source>
        <translation>Rodzaje spraw</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numery</translation>
    </message>
    <message>
        <source>The board shows one column per stage, in this order. Intake stages come before the firm takes a matter on; closed and declined stages end it.</source>
        <translation>Tablica ma jedną kolumnę na każdy etap, w tej kolejności. Etapy przyjmowania poprzedzają przyjęcie sprawy przez kancelarię; etapy zamknięte i odrzucone kończą sprawę.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Widoczność</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Faza:</translation>
    </message>
    <message>
        <source>&amp;Save stage</source>
        <translation>&amp;Zapisz etap</translation>
    </message>
    <message>
        <source>&amp;New stage</source>
        <translation>Nowy &amp;etap</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Przesuń w &amp;górę</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Przesuń w &amp;dół</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiwizuj</translation>
    </message>
    <message>
        <source>The kinds of work the firm does. An archived type is no longer offered; matters of that type keep it.</source>
        <translation>Rodzaje pracy wykonywanej przez kancelarię. Zarchiwizowany rodzaj nie jest już proponowany; sprawy tego rodzaju go zachowują.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Naz&amp;wa:</translation>
    </message>
    <message>
        <source>Save t&amp;ype</source>
        <translation>Zapisz &amp;rodzaj</translation>
    </message>
    <message>
        <source>New &amp;type</source>
        <translation>Nowy r&amp;odzaj</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiwizuj</translation>
    </message>
    <message>
        <source>Number &amp;pattern:</source>
        <translation>&amp;Wzór numeru:</translation>
    </message>
    <message>
        <source>{year} is the year the matter opens (2026), {yy} its last two digits (26), {seq} the running number; {seq:04} writes it with four digits (0042). With the year in the pattern the running number starts anew each year. Numbers once given are never given again.</source>
        <translation>{year} to rok otwarcia sprawy (2026), {yy} jego dwie ostatnie cyfry (26), {seq} kolejny numer; {seq:04} zapisuje go czterema cyframi (0042). Gdy wzór zawiera rok, numeracja zaczyna się co roku od nowa. Raz nadane numery nigdy nie są nadawane ponownie.</translation>
    </message>
    <message>
        <source>Save &amp;pattern</source>
        <translation>Zapisz &amp;wzór</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>zarchiwizowany</translation>
    </message>
    <message>
        <source>on the board</source>
        <translation>na tablicy</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>proponowany</translation>
    </message>
    <message>
        <source>&amp;Restore to the board</source>
        <translation>&amp;Przywróć na tablicę</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>P&amp;rzywróć</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nowy etap</translation>
    </message>
    <message>
        <source>New type</source>
        <translation>Nowy rodzaj</translation>
    </message>
    <message>
        <source>New matters will be numbered like {example}.</source>
        <translation>Nowe sprawy otrzymają numery takie jak {example}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the change. The details are in the log.</source>
        <translation>Zmianę przerwał nieoczekiwany błąd. Szczegóły są w dzienniku.</translation>
    </message>
    <message>
        <source>Matters are still in this stage. Move them to another stage first, then archive it.</source>
        <translation>Na tym etapie są jeszcze sprawy. Najpierw przenieś je do innego etapu, potem go zarchiwizuj.</translation>
    </message>
    <message>
        <source>There is already a stage of that name.</source>
        <translation>Etap o tej nazwie już istnieje.</translation>
    </message>
    <message>
        <source>There is already a matter type of that name.</source>
        <translation>Rodzaj sprawy o tej nazwie już istnieje.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Wpisz nazwę.</translation>
    </message>
    <message>
        <source>The pattern needs {seq}, the running number; for example {year}/{seq:04}.</source>
        <translation>Wzór musi zawierać {seq}, kolejny numer; na przykład {year}/{seq:04}.</translation>
    </message>
    <message>
        <source>The pattern has a placeholder SmallCRM does not know. Use {year}, {yy} and {seq} (or {seq:04} for four digits).</source>
        <translation>Wzór zawiera symbol, którego SmallCRM nie zna. Użyj {year}, {yy} i {seq} (lub {seq:04} dla czterech cyfr).</translation>
    </message>
</context>
<context>
    <name>MatterTexts</name>
    <message>
        <source>Inquiry</source>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <source>Conflict check</source>
        <translation>Weryfikacja konfliktu interesów</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>Spór sądowy</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Doradztwo</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Tax return</source>
        <translation>Zeznanie podatkowe</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audyt</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Płace</translation>
    </message>
    <message>
        <source>Bookkeeping</source>
        <translation>Księgowość</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Opposing party</source>
        <translation>Strona przeciwna</translation>
    </message>
    <message>
        <source>Opposing counsel</source>
        <translation>Pełnomocnik strony przeciwnej</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Świadek</translation>
    </message>
    <message>
        <source>Court or authority</source>
        <translation>Sąd lub urząd</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Powiązany</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Przyjmowanie</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MattersTableModel</name>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otwarta</translation>
    </message>
</context>
<context>
    <name>MattersView</name>
    <message>
        <source>No matters yet</source>
        <translation>Nie ma jeszcze spraw</translation>
    </message>
    <message>
        <source>Open a matter for each case or engagement: its parties, timeline, tasks and documents stay together.</source>
        <translation>Załóż sprawę dla każdego postępowania lub zlecenia: jej strony, oś czasu, zadania i dokumenty pozostaną razem.</translation>
    </message>
    <message>
        <source>New matter: Ctrl+Shift+N</source>
        <translation>Nowa sprawa: Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>No matching matters</source>
        <translation>Brak pasujących spraw</translation>
    </message>
    <message>
        <source>Try other filters or fewer words.</source>
        <translation>Spróbuj innych filtrów lub mniejszej liczby słów.</translation>
    </message>
    <message>
        <source>Loading matters…</source>
        <translation>Wczytywanie spraw…</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <source>Filter by number, title or party</source>
        <translation>Filtruj według numeru, tytułu lub strony</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtr</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablica</translation>
    </message>
    <message>
        <source>Switch between the list and the board (Ctrl+Shift+B)</source>
        <translation>Przełącz między listą a tablicą (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Stages and types…</source>
        <translation>Etapy i rodzaje…</translation>
    </message>
    <message>
        <source>Edit the pipeline&apos;s stages, the matter types and the number pattern</source>
        <translation>Edytuj etapy, rodzaje spraw i wzór numeracji</translation>
    </message>
    <message>
        <source>New matter</source>
        <translation>Nowa sprawa</translation>
    </message>
    <message>
        <source>Open a new matter (Ctrl+Shift+N)</source>
        <translation>Załóż nową sprawę (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Open matters, or one phase</source>
        <translation>Otwarte sprawy lub jedna faza</translation>
    </message>
    <message>
        <source>All matters</source>
        <translation>Wszystkie sprawy</translation>
    </message>
    <message>
        <source>Open matters</source>
        <translation>Otwarte sprawy</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Przyjmowanie</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Przyjęte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Show only matters in this stage</source>
        <translation>Pokaż tylko sprawy na tym etapie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Show only matters of this type</source>
        <translation>Pokaż tylko sprawy tego rodzaju</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>Show only the matters this person answers for</source>
        <translation>Pokaż tylko sprawy, za które odpowiada ta osoba</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Wszystkie etapy</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>Anyone responsible</source>
        <translation>Dowolna osoba odpowiedzialna</translation>
    </message>
    <message>
        <source>Could not load the matters.</source>
        <translation>Nie udało się wczytać spraw.</translation>
    </message>
    <message>
        <source>{shown} of {total} matters</source>
        <translation>{shown} z {total} spraw</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matters</source>
        <translation>
            <numerusform>%Ln sprawa</numerusform>
            <numerusform>%Ln sprawy</numerusform>
            <numerusform>%Ln spraw</numerusform>
        </translation>
    </message>
    <message>
        <source>That matter is no longer there.</source>
        <translation>Tej sprawy już nie ma.</translation>
    </message>
    <message>
        <source>Moved to {stage}.</source>
        <translation>Przeniesiono do etapu {stage}.</translation>
    </message>
    <message numerus="yes">
        <source>Filed %n message(s) on the matter.</source>
        <translation>
            <numerusform>Przypisano %n wiadomość do sprawy.</numerusform>
            <numerusform>Przypisano %n wiadomości do sprawy.</numerusform>
            <numerusform>Przypisano %n wiadomości do sprawy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n matter(s) to the trash</source>
        <translation>
            <numerusform>Przeniesiono %n sprawę do kosza</numerusform>
            <numerusform>Przeniesiono %n sprawy do kosza</numerusform>
            <numerusform>Przeniesiono %n spraw do kosza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n matter(s) from the trash</source>
        <translation>
            <numerusform>Przywrócono %n sprawę z kosza</numerusform>
            <numerusform>Przywrócono %n sprawy z kosza</numerusform>
            <numerusform>Przywrócono %n spraw z kosza</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>To się nie udało; szczegóły są w dzienniku.</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>To się nie udało: {reason}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>Scalanie kontaktów</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation>Scalanie organizacji</translation>
    </message>
    <message>
        <source>Merge two organisations into one</source>
        <translation>Scal dwie organizacje w jedną</translation>
    </message>
    <message>
        <source>Merge two contacts into one</source>
        <translation>Scal dwa kontakty w jeden</translation>
    </message>
    <message>
        <source>Where the two differ, choose the value to keep. E-mails, phones, addresses, web links and tags of both are all kept, and everyone working at either one works at the one kept. The merge can be undone.</source>
        <translation>Tam, gdzie rekordy się różnią, wybierz wartość do zachowania. Adresy e-mail, telefony, adresy, strony WWW i tagi obu rekordów zostaną zachowane w całości, a każdy, kto pracuje w którejkolwiek z nich, będzie pracował w tej zachowanej. Scalenie można cofnąć.</translation>
    </message>
    <message>
        <source>Where the two differ, choose the value to keep. E-mails, phones, addresses, web links, tags and relations of both are all kept. The merge can be undone.</source>
        <translation>Tam, gdzie rekordy się różnią, wybierz wartość do zachowania. Adresy e-mail, telefony, adresy, strony WWW, tagi i powiązania obu rekordów zostaną zachowane w całości. Scalenie można cofnąć.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Scal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Reading both organisations…</source>
        <translation>Wczytywanie obu organizacji…</translation>
    </message>
    <message>
        <source>Reading both contacts…</source>
        <translation>Wczytywanie obu kontaktów…</translation>
    </message>
    <message>
        <source>The two organisations could not be read: {reason}</source>
        <translation>Nie udało się wczytać organizacji: {reason}</translation>
    </message>
    <message>
        <source>The two contacts could not be read: {reason}</source>
        <translation>Nie udało się wczytać kontaktów: {reason}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Tytuł po nazwisku</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nazwa wyświetlana</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Pseudonim</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Urodziny</translation>
    </message>
    <message>
        <source>Personal ID</source>
        <translation>Numer identyfikacyjny</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forma prawna</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>REGON</translation>
    </message>
    <message>
        <source>Tax no.</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>(a photo that cannot be shown)</source>
        <translation>(nie można wyświetlić zdjęcia)</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Zachowaj:</translation>
    </message>
    <message>
        <source>{name} (no. {id})</source>
        <translation>{name} (nr {id})</translation>
    </message>
    <message>
        <source>This record stays; the other one is merged into it and removed.</source>
        <translation>Ten rekord pozostaje; drugi zostanie z nim scalony i usunięty.</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Zachowaj {name}</translation>
    </message>
    <message>
        <source>Kept from both</source>
        <translation>Zachowane z obu</translation>
    </message>
    <message>
        <source>This photo</source>
        <translation>To zdjęcie</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Adresy e-mail</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresy</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Strony WWW</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Powiązania</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Neither has e-mails, phones, addresses or tags.</source>
        <translation>Żaden z nich nie ma adresów e-mail, telefonów, adresów ani tagów.</translation>
    </message>
    <message>
        <source>· from the other record</source>
        <translation>· z drugiego rekordu</translation>
    </message>
    <message>
        <source>{person}, {role}</source>
        <translation>{person}, {role}</translation>
    </message>
    <message>
        <source>{job} (until {date})</source>
        <translation>{job} (do {date})</translation>
    </message>
    <message>
        <source>{role} at {organization}</source>
        <translation>{role}, {organization}</translation>
    </message>
    <message>
        <source>works at {organization}</source>
        <translation>pracuje w organizacji {organization}</translation>
    </message>
    <message>
        <source>{role}: {person}</source>
        <translation>{role}: {person}</translation>
    </message>
    <message>
        <source>related to {person}</source>
        <translation>powiązanie z osobą {person}</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Scalanie…</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>The merge did not happen ({reason}). Nothing was changed.</source>
        <translation>Scalenie nie zostało wykonane ({reason}). Nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>MessagePane</name>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>DW:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>Sprawa:</translation>
    </message>
    <message>
        <source>Deleted on the server: the copy kept here stays until you remove it.</source>
        <translation>Usunięto na serwerze: kopia przechowywana tutaj zostanie, dopóki jej nie usuniesz.</translation>
    </message>
    <message>
        <source>File on &amp;matter…</source>
        <translation>Przypisz do &amp;sprawy…</translation>
    </message>
    <message>
        <source>&amp;Remove from matter</source>
        <translation>&amp;Usuń ze sprawy</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Zapisz &amp;jako…</translation>
    </message>
    <message>
        <source>File as &amp;document</source>
        <translation>Dodaj jako &amp;dokument</translation>
    </message>
    <message>
        <source>Show for this &amp;message</source>
        <translation>&amp;Pokaż w tej wiadomości</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Wątek</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(nieznany)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>nieprzeczytana</translation>
    </message>
    <message>
        <source>with attachments</source>
        <translation>z załącznikami</translation>
    </message>
</context>
<context>
    <name>OrganizationView</name>
    <message>
        <source>← &amp;Back to contacts</source>
        <translation>← &amp;Wróć do kontaktów</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Powrót do listy (Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edytuj</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
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
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>&amp;Remind me</source>
        <translation>&amp;Przypomnij</translation>
    </message>
    <message>
        <source>Remind me to follow up in a few days</source>
        <translation>Przypomnij mi za kilka dni</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>No people are linked to this organisation yet.</source>
        <translation>Z tą organizacją nie powiązano jeszcze żadnych osób.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Registry no. {n}</source>
        <translation>REGON {n}</translation>
    </message>
    <message>
        <source>Tax no. {n}</source>
        <translation>NIP {n}</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Dane rejestrowe</translation>
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
        <source>Matters</source>
        <translation>Sprawy</translation>
    </message>
    <message numerus="yes">
        <source>People (%n)</source>
        <translation>
            <numerusform>Osoby (%n)</numerusform>
            <numerusform>Osoby (%n)</numerusform>
            <numerusform>Osoby (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{since} – {until}</source>
        <translation>{since} – {until}</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Add party</source>
        <translation>Dodaj stronę</translation>
    </message>
    <message>
        <source>Start typing a person&apos;s or organisation&apos;s name</source>
        <translation>Zacznij wpisywać imię i nazwisko osoby lub nazwę organizacji</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Kto:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <source>Optional, e.g. represented by</source>
        <translation>Opcjonalnie, np. kogo reprezentuje</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Uwaga:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Pick the person or organisation from the list of names.</source>
        <translation>Wybierz osobę lub organizację z listy nazw.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Mail Password</source>
        <translation>Hasło do poczty</translation>
    </message>
    <message>
        <source>SmallCRM needs the password of the mail account “%1” to sync it.</source>
        <translation>Do synchronizacji konta pocztowego „%1” SmallCRM potrzebuje hasła.</translation>
    </message>
    <message>
        <source>Save it in the system password store</source>
        <translation>Zapisz w systemowym magazynie haseł</translation>
    </message>
    <message>
        <source>Otherwise it is kept in memory only, until SmallCRM closes.</source>
        <translation>W przeciwnym razie będzie przechowywane tylko w pamięci, do zamknięcia SmallCRM.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizuj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Type a name to add someone</source>
        <translation>Wpisz nazwisko, aby dodać osobę</translation>
    </message>
    <message>
        <source>Add a person or organisation</source>
        <translation>Dodaj osobę lub organizację</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Usuń {name}</translation>
    </message>
</context>
<context>
    <name>PickDateDialog</name>
    <message>
        <source>Remind me on</source>
        <translation>Przypomnij dnia</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Move to the &amp;previous stage</source>
        <translation>Przenieś do &amp;poprzedniego etapu</translation>
    </message>
    <message>
        <source>Move to the &amp;next stage</source>
        <translation>Przenieś do &amp;następnego etapu</translation>
    </message>
    <message>
        <source>&amp;Move to stage</source>
        <translation>Prze&amp;nieś do etapu</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>Domyślny &amp;kraj:</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as this country&apos;s, and its numbers are shown in the national format.</source>
        <translation>Numery telefonów zapisane bez numeru kierunkowego kraju są traktowane jako numery tego kraju, a jego numery są wyświetlane w formacie krajowym.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Język interfejsu:</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Zmiana zostanie zastosowana przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <source>System ({zone})</source>
        <translation>Systemowa ({zone})</translation>
    </message>
    <message>
        <source>Calendar time &amp;zone:</source>
        <translation>&amp;Strefa czasowa kalendarza:</translation>
    </message>
    <message>
        <source>Events are shown in this zone; each keeps its own. Takes effect at the next start.</source>
        <translation>Wydarzenia są wyświetlane w tej strefie; każde zachowuje własną. Zmiana zostanie zastosowana przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <source>For everyone using this database</source>
        <translation>Dla wszystkich korzystających z tej bazy danych</translation>
    </message>
    <message>
        <source>&amp;Alphabet of name lists:</source>
        <translation>&amp;Alfabet list nazwisk:</translation>
    </message>
    <message>
        <source>Č after C, CH after H in Czech; Ł after L in Polish.</source>
        <translation>W czeskim Č po C i CH po H; w polskim Ł po L.</translation>
    </message>
    <message>
        <source>each workstation&apos;s own profile folder</source>
        <translation>własny folder profilu na każdym komputerze</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>&amp;Documents folder:</source>
        <translation>Folder &amp;dokumentów:</translation>
    </message>
    <message>
        <source>With a shared database, a folder every workstation reaches by the same path (a network share). Files stored before stay where they are.</source>
        <translation>Przy współdzielonej bazie danych folder, do którego każdy komputer dociera tą samą ścieżką (udział sieciowy). Wcześniej zapisane pliki zostają na miejscu.</translation>
    </message>
    <message>
        <source>Documents folder</source>
        <translation>Folder dokumentów</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Czechy</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Słowacja</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Chorwacja</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Niemcy</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Węgry</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Słowenia</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumunia</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlandia</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Ustawienie systemowe ({language})</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <source>same e-mail {email}</source>
        <translation>ten sam e-mail {email}</translation>
    </message>
    <message>
        <source>but different e-mails</source>
        <translation>ale różne adresy e-mail</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>ten sam telefon {phone}</translation>
    </message>
    <message>
        <source>but different phones</source>
        <translation>ale różne telefony</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>ta sama nazwa</translation>
    </message>
    <message>
        <source>similar names ({percent} %)</source>
        <translation>podobne imiona i nazwiska ({percent} %)</translation>
    </message>
    <message>
        <source>but different names</source>
        <translation>ale różne imiona i nazwiska</translation>
    </message>
    <message>
        <source>same organisation {name}</source>
        <translation>ta sama organizacja {name}</translation>
    </message>
    <message>
        <source>same birthday {date}</source>
        <translation>ta sama data urodzin {date}</translation>
    </message>
    <message>
        <source>but different birthdays {dates}</source>
        <translation>ale różne daty urodzin {dates}</translation>
    </message>
    <message>
        <source>same registry number {number}</source>
        <translation>ten sam REGON {number}</translation>
    </message>
    <message>
        <source>but different registry numbers {numbers}</source>
        <translation>ale różne numery REGON {numbers}</translation>
    </message>
    <message>
        <source>but different countries {countries}</source>
        <translation>ale różne kraje {countries}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Popraw zaznaczone pola.</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>Start typing a name</source>
        <translation>Zacznij wpisywać nazwę</translation>
    </message>
    <message>
        <source>person</source>
        <translation>osoba</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizacja</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Change relation</source>
        <translation>Zmień powiązanie</translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation>Dodaj powiązanie</translation>
    </message>
    <message>
        <source>&amp;Work at an organisation</source>
        <translation>&amp;Praca w organizacji</translation>
    </message>
    <message>
        <source>Tie to a &amp;person</source>
        <translation>Powiązanie z oso&amp;bą</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Date not known</source>
        <translation>Data nieznana</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>O&amp;soba:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganizacja:</translation>
    </message>
    <message>
        <source>Start typing a name</source>
        <translation>Zacznij wpisywać imię lub nazwisko</translation>
    </message>
    <message>
        <source>Pick one or type a new name</source>
        <translation>Wybierz z listy lub wpisz nową nazwę</translation>
    </message>
    <message>
        <source>e.g. spouse, assistant, colleague</source>
        <translation>np. małżonek, asystentka, współpracownik</translation>
    </message>
    <message>
        <source>e.g. Partner, Tax advisor</source>
        <translation>np. partner, doradca podatkowy</translation>
    </message>
    <message>
        <source>“{name}” is not in the address book yet; it will be created.</source>
        <translation>Organizacji „{name}” nie ma jeszcze w książce adresowej; zostanie utworzona.</translation>
    </message>
    <message>
        <source>No person of that name.</source>
        <translation>Nie znaleziono osoby o takim imieniu i nazwisku.</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>Wybierz osobę.</translation>
    </message>
    <message>
        <source>Choose or name the organisation.</source>
        <translation>Wybierz organizację lub wpisz jej nazwę.</translation>
    </message>
    <message>
        <source>The relation cannot end before it begins.</source>
        <translation>Powiązanie nie może się zakończyć, zanim się zacznie.</translation>
    </message>
    <message>
        <source>Pick the person from the list of names.</source>
        <translation>Wybierz osobę z listy nazwisk.</translation>
    </message>
</context>
<context>
    <name>RelationsEditor</name>
    <message>
        <source>Relations</source>
        <translation>Powiązania</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Add relat&amp;ion…</source>
        <translation>&amp;Dodaj powiązanie…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Zmień…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Zatrudnienie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Recorded on {name}&apos;s card.</source>
        <translation>Zapisano na karcie kontaktu {name}.</translation>
    </message>
    <message>
        <source>In the trash.</source>
        <translation>W koszu.</translation>
    </message>
    <message>
        <source>Ended.</source>
        <translation>Zakończone.</translation>
    </message>
    <message>
        <source>No work or personal relations recorded yet.</source>
        <translation>Nie zapisano jeszcze żadnych powiązań służbowych ani osobistych.</translation>
    </message>
    <message>
        <source>Save the person first, then add relations.</source>
        <translation>Najpierw zapisz osobę, potem dodaj powiązania.</translation>
    </message>
    <message>
        <source>{since} – {until}</source>
        <translation>{since} – {until}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>od {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>do {date}</translation>
    </message>
    <message>
        <source>An unexpected error stopped the change. The details are in the log.</source>
        <translation>Zmianę przerwał nieoczekiwany błąd. Szczegóły znajdziesz w dzienniku.</translation>
    </message>
</context>
<context>
    <name>RemindMenu</name>
    <message>
        <source>On a date…</source>
        <translation>W wybranym dniu…</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Jutro</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Za tydzień</translation>
    </message>
    <message>
        <source>In two weeks</source>
        <translation>Za dwa tygodnie</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>Za %n dzień</numerusform>
            <numerusform>Za %n dni</numerusform>
            <numerusform>Za %n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (i jeszcze %n)</numerusform>
            <numerusform> (i jeszcze %n)</numerusform>
            <numerusform> (i jeszcze %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>SmallCRM reminder</source>
        <translation>Przypomnienie SmallCRM</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Due reminders</source>
        <translation>Przypomnienia do załatwienia</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>&amp;Snooze 10 minutes</source>
        <translation>O&amp;dłóż o 10 minut</translation>
    </message>
    <message>
        <source>&amp;Dismiss all</source>
        <translation>Odrzuć &amp;wszystkie</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n przypomnienie do załatwienia</numerusform>
            <numerusform>%n przypomnienia do załatwienia</numerusform>
            <numerusform>%n przypomnień do załatwienia</numerusform>
        </translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>(missed while SmallCRM was closed)</source>
        <translation>(pominięte, gdy SmallCRM był zamknięty)</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Aktywności i notatki</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
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
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Wyszukiwanie nie powiodło się: {reason}</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ wybór, Enter otwiera, Esc zamyka</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Nic nie znaleziono dla „{text}”.</translation>
    </message>
</context>
<context>
    <name>StageChart</name>
    <message>
        <source>Matters by stage</source>
        <translation>Sprawy według etapów</translation>
    </message>
    <message numerus="yes">
        <source>{stage}: %n open matter(s). Click to list them.</source>
        <translation>
            <numerusform>{stage}: %n otwarta sprawa. Kliknij, aby wyświetlić listę.</numerusform>
            <numerusform>{stage}: %n otwarte sprawy. Kliknij, aby wyświetlić listę.</numerusform>
            <numerusform>{stage}: %n otwartych spraw. Kliknij, aby wyświetlić listę.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <source>%n more in the list view</source>
        <translation>
            <numerusform>jeszcze %n na liście</numerusform>
            <numerusform>jeszcze %n na liście</numerusform>
            <numerusform>jeszcze %n na liście</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Every day</source>
        <translation>Codziennie</translation>
    </message>
    <message>
        <source>Every working day (Mon–Fri)</source>
        <translation>W każdy dzień roboczy (pon.–pt.)</translation>
    </message>
    <message>
        <source>Every week on this weekday</source>
        <translation>Co tydzień w ten sam dzień tygodnia</translation>
    </message>
    <message>
        <source>Every month on this day</source>
        <translation>Co miesiąc tego samego dnia</translation>
    </message>
    <message>
        <source>Last working day of every month</source>
        <translation>Ostatni dzień roboczy każdego miesiąca</translation>
    </message>
    <message>
        <source>Every year on this date</source>
        <translation>Co roku tego samego dnia</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nowe zadanie</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Edytuj zadanie</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Co trzeba zrobić</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>T&amp;ermin</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Data terminu</translation>
    </message>
    <message>
        <source>at</source>
        <translation>o</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Godzina terminu</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Kiedy:</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorytet:</translation>
    </message>
    <message>
        <source>Who does it (optional)</source>
        <translation>Kto to zrobi (opcjonalnie)</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Wykonawca:</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Bez przypomnienia</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>W chwili terminu</translation>
    </message>
    <message>
        <source>Before the due time</source>
        <translation>Przed terminem</translation>
    </message>
    <message>
        <source>How long before</source>
        <translation>Ile wcześniej</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuty</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>godziny</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>P&amp;rzypomnienie:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Nie powtarza się</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)…</source>
        <translation>Własna reguła (RRULE)…</translation>
    </message>
    <message>
        <source>Repetition rule</source>
        <translation>Reguła powtarzania</translation>
    </message>
    <message>
        <source>R&amp;epeats:</source>
        <translation>Powt&amp;arzanie:</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Bez sprawy</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Sprawa:</translation>
    </message>
    <message>
        <source>Peop&amp;le:</source>
        <translation>&amp;Osoby:</translation>
    </message>
    <message>
        <source>Details, links, what was agreed</source>
        <translation>Szczegóły, linki, ustalenia</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <source>Without a time, the reminder counts from 09:00 of the due day.</source>
        <translation>Bez godziny przypomnienie liczy się od 09:00 w dniu terminu.</translation>
    </message>
    <message>
        <source>Type a rule, e.g. FREQ=WEEKLY;INTERVAL=2.</source>
        <translation>Wpisz regułę, np. FREQ=WEEKLY;INTERVAL=2.</translation>
    </message>
    <message>
        <source>A repeating task needs a due date to repeat from.</source>
        <translation>Zadanie cykliczne wymaga terminu, od którego będzie powtarzane.</translation>
    </message>
    <message>
        <source>The rule has no day after the due date.</source>
        <translation>Reguła nie wyznacza żadnego dnia po terminie.</translation>
    </message>
    <message>
        <source>Next: {days}</source>
        <translation>Następne: {days}</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Zadanie musi mieć tytuł.</translation>
    </message>
    <message>
        <source>It could not be saved; see the log.</source>
        <translation>Nie udało się zapisać; szczegóły w dzienniku.</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Task lists</source>
        <translation>Listy zadań</translation>
    </message>
    <message>
        <source>Type a task above and press Enter.</source>
        <translation>Wpisz zadanie powyżej i naciśnij Enter.</translation>
    </message>
    <message>
        <source>Loading tasks…</source>
        <translation>Wczytywanie zadań…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Nowe zadanie…</translation>
    </message>
    <message>
        <source>A task with every detail: reminder, repetition, people</source>
        <translation>Zadanie ze wszystkimi szczegółami: przypomnienie, powtarzanie, osoby</translation>
    </message>
    <message>
        <source>Add a task: “Call Novák tomorrow 14:00 !high #2026/0042”, then Enter</source>
        <translation>Dodaj zadanie: „Zadzwonić do Nowaka jutro 14:00 !high #2026/0042”, potem Enter</translation>
    </message>
    <message>
        <source>Quick add</source>
        <translation>Szybkie dodawanie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <source>By matter</source>
        <translation>Według spraw</translation>
    </message>
    <message>
        <source>The tasks could not be loaded.</source>
        <translation>Nie udało się wczytać zadań.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Nic na dziś</translation>
    </message>
    <message>
        <source>Tasks due today will be listed here.</source>
        <translation>Tutaj pojawią się zadania z terminem na dziś.</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nic po terminie</translation>
    </message>
    <message>
        <source>Every task is on time. Tasks past their due day show here, in red.</source>
        <translation>Wszystkie zadania są w terminie. Zadania po terminie pojawiają się tutaj na czerwono.</translation>
    </message>
    <message>
        <source>Nothing coming up</source>
        <translation>Brak nadchodzących zadań</translation>
    </message>
    <message>
        <source>Tasks due after today will be listed here.</source>
        <translation>Tutaj pojawią się zadania z terminem po dzisiejszym dniu.</translation>
    </message>
    <message>
        <source>No open tasks</source>
        <translation>Brak otwartych zadań</translation>
    </message>
    <message>
        <source>Open tasks will be listed here, grouped by the matter they belong to.</source>
        <translation>Tutaj pojawią się otwarte zadania, pogrupowane według spraw, których dotyczą.</translation>
    </message>
    <message>
        <source>Nothing done yet</source>
        <translation>Nic jeszcze nie wykonano</translation>
    </message>
    <message>
        <source>Tasks you mark done are listed here and filed on the timeline.</source>
        <translation>Tutaj pojawiają się zadania oznaczone jako wykonane; trafiają też na oś czasu.</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Bez sprawy</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n zadanie</numerusform>
            <numerusform>%n zadania</numerusform>
            <numerusform>%n zadań</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the matter</source>
        <translation>Kliknij dwukrotnie, aby otworzyć sprawę</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Jutro</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Wczoraj</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <source>Mark done (Space)</source>
        <translation>Oznacz jako wykonane (spacja)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Assignee: {name}</source>
        <translation>Wykonawca: {name}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>Repeats: {rule}</source>
        <translation>Powtarzanie: {rule}</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <source>Ctrl+PgUp / Ctrl+PgDown to switch lists</source>
        <translation>Ctrl+PgUp / Ctrl+PgDown przełącza listy</translation>
    </message>
    <message>
        <source>Understood: today, tomorrow, weekdays, 15.3., 14:00, !high, !low, #matter number, @name</source>
        <translation>Rozpoznawane: dziś, jutro, dni tygodnia po angielsku (np. friday), 15.3., 14:00, !high, !low, #numer sprawy, @imię</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(jeszcze bez tytułu)</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Bez terminu</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Wysoki priorytet</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Niski priorytet</translation>
    </message>
    <message>
        <source>with {people}</source>
        <translation>z {people}</translation>
    </message>
    <message>
        <source>no matter numbered {number}</source>
        <translation>brak sprawy o numerze {number}</translation>
    </message>
    <message>
        <source>Enter adds: {task}</source>
        <translation>Enter doda: {task}</translation>
    </message>
    <message>
        <source>Type what is to be done first.</source>
        <translation>Najpierw wpisz, co trzeba zrobić.</translation>
    </message>
    <message>
        <source>Added “{title}”.</source>
        <translation>Dodano „{title}”.</translation>
    </message>
    <message>
        <source>Marked “{title}” done.</source>
        <translation>Oznaczono „{title}” jako wykonane.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n task(s) done.</source>
        <translation>
            <numerusform>Oznaczono %n zadanie jako wykonane.</numerusform>
            <numerusform>Oznaczono %n zadania jako wykonane.</numerusform>
            <numerusform>Oznaczono %n zadań jako wykonane.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next one is on the list.</source>
        <translation>Następne jest już na liście.</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n task(s).</source>
        <translation>
            <numerusform>Ponownie otwarto %n zadanie.</numerusform>
            <numerusform>Ponownie otwarto %n zadania.</numerusform>
            <numerusform>Ponownie otwarto %n zadań.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n task(s) to the trash.</source>
        <translation>
            <numerusform>Przeniesiono %n zadanie do kosza.</numerusform>
            <numerusform>Przeniesiono %n zadania do kosza.</numerusform>
            <numerusform>Przeniesiono %n zadań do kosza.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task was removed again.</source>
        <translation>Cofnięto dodanie zadania.</translation>
    </message>
    <message>
        <source>Open again; taken off the timeline.</source>
        <translation>Ponownie otwarte; usunięte z osi czasu.</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Przywrócono z kosza.</translation>
    </message>
    <message>
        <source>Open the matter</source>
        <translation>Otwórz sprawę</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Oznacz jako &amp;wykonane</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Otwórz ponownie</translation>
    </message>
    <message>
        <source>Open matter {number}</source>
        <translation>Otwórz sprawę {number}</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Otwórz {name}</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Przenieś do &amp;kosza</translation>
    </message>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>To się nie udało; szczegóły są w dzienniku.</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>To się nie udało: {reason}</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Incoming call</source>
        <translation>Rozmowa przychodząca</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Rozmowa wychodząca</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Przychodząca</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Wychodząca</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} godz. {minutes} min</translation>
    </message>
    <message>
        <source>matter {number}</source>
        <translation>sprawa {number}</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Dziś {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Wczoraj {time}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Call</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Zadanie wykonane</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Zmiana etapu</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Brak aktywności</translation>
    </message>
    <message>
        <source>Log a call or add a note, and it appears here, newest first.</source>
        <translation>Zapisz rozmowę lub dodaj notatkę, a pojawi się tutaj, najnowsze na górze.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Zapisz rozmowę</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Zapisz spotkanie</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Przypomnij</translation>
    </message>
    <message>
        <source>Remind me to follow up in a few days</source>
        <translation>Przypomnij mi za kilka dni</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Show one kind of activity</source>
        <translation>Pokaż jeden rodzaj aktywności</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Wszystkie aktywności</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Wykonane zadania</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Zmiany etapu</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nic nie wybrano</translation>
    </message>
    <message>
        <source>Nothing of this kind</source>
        <translation>Nic tego rodzaju</translation>
    </message>
    <message>
        <source>Choose “All activity” to see everything.</source>
        <translation>Wybierz „Wszystkie aktywności”, aby zobaczyć wszystko.</translation>
    </message>
    <message>
        <source>Could not load the timeline.</source>
        <translation>Nie udało się wczytać osi czasu.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Move to the &amp;trash</source>
        <translation>Przenieś do &amp;kosza</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Nie udało się: {reason}</translation>
    </message>
    <message>
        <source>Moved to the trash.</source>
        <translation>Przeniesiono do kosza.</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Przywrócono z kosza.</translation>
    </message>
    <message>
        <source>Follow up: {name}</source>
        <translation>Odezwać się: {name}</translation>
    </message>
    <message>
        <source>I will remind you on {date}.</source>
        <translation>Przypomnę {date}.</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Take the change back (Ctrl+Z)</source>
        <translation>Cofnij zmianę (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>_CardDelegate</name>
    <message>
        <source>No client yet</source>
        <translation>Jeszcze bez klienta</translation>
    </message>
</context>
<context>
    <name>_CardList</name>
    <message>
        <source>No matters in this stage. Drop a card here to move it.</source>
        <translation>Na tym etapie nie ma spraw. Upuść tu kartę, aby ją przenieść.</translation>
    </message>
</context>
<context>
    <name>_LabelCombo</name>
    <message>
        <source>work</source>
        <translation>praca</translation>
    </message>
    <message>
        <source>home</source>
        <translation>dom</translation>
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
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
</context>
<context>
    <name>_Notice</name>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>_OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation>nie podano</translation>
    </message>
</context>
<context>
    <name>_PersonPicker</name>
    <message>
        <source>Type a name to add a person</source>
        <translation>Wpisz imię i nazwisko, aby dodać osobę</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Dodaj osobę</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Ulica i numer</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Województwo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nazwa@example.com</translation>
    </message>
    <message>
        <source>+420 602 123 456</source>
        <translation>+48 601 123 456</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
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
        <source>Web</source>
        <translation>Strona WWW</translation>
    </message>
</context>
</TS>
