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
    <name>AccountDialog</name>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Upišite lozinku za testiranje veze.</translation>
    </message>
    <message>
        <source>New Mail Account</source>
        <translation>Novi račun e-pošte</translation>
    </message>
    <message>
        <source>Mail Account</source>
        <translation>Račun e-pošte</translation>
    </message>
    <message>
        <source>e.g. Office mail</source>
        <translation>npr. Uredska pošta</translation>
    </message>
    <message>
        <source>e.g. imap.example.cz</source>
        <translation>npr. imap.example.hr</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Poslužitelj:</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (preporučeno)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Bez zaštite (nešifrirano)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>Without encryption the password and every message cross the network as plain text: anyone on the way can read them. Use this only for a server on this computer or a network you trust.</source>
        <translation>Bez šifriranja lozinka i svaka poruka putuju mrežom kao običan tekst: svatko usput ih može pročitati. Koristite to samo za poslužitelj na ovom računalu ili u mreži kojoj vjerujete.</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Sigurnost:</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>obično vaša adresa e-pošte</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Korisničko ime:</translation>
    </message>
    <message>
        <source>“{name}” is an Exchange account: it opens in the Exchange form.</source>
        <translation>„{name}” je Exchange račun: otvara se u obrascu za Exchange.</translation>
    </message>
    <message>
        <source>Fill in the server and the user name first.</source>
        <translation>Najprije upišite poslužitelj i korisničko ime.</translation>
    </message>
    <message>
        <source>Confirm the unencrypted connection above, or choose TLS.</source>
        <translation>Gore potvrdite nešifriranu vezu ili odaberite TLS.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n folder(s) on the server.</source>
        <translation>
            <numerusform>Povezano: na poslužitelju je %n mapa.</numerusform>
            <numerusform>Povezano: na poslužitelju su %n mape.</numerusform>
            <numerusform>Povezano: na poslužitelju je %n mapa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm that this account may connect without encryption, or choose TLS.</source>
        <translation>Potvrdite da se ovaj račun smije povezivati bez šifriranja ili odaberite TLS.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Zabilježi poziv</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Zabilježi sastanak</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Dodaj bilješku</translation>
    </message>
    <message>
        <source>Edit call</source>
        <translation>Uredi poziv</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Uredi sastanak</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Uredi bilješku</translation>
    </message>
    <message>
        <source>&amp;Outgoing</source>
        <translation>&amp;Odlazni</translation>
    </message>
    <message>
        <source>&amp;Incoming</source>
        <translation>&amp;Dolazni</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Smjer:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Neobavezno</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Bilješka:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kada:</translation>
    </message>
    <message>
        <source>minutes, e.g. 15 or 1:30</source>
        <translation>minute, npr. 15 ili 1:30</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Trajanje:</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Uspostavljeno</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Ostavljena glasovna poruka</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nema odgovora</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Zauzeto</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Nazvati kasnije</translation>
    </message>
    <message>
        <source>Pick one or type</source>
        <translation>Odaberite ili upišite</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>&amp;Ishod:</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>O čemu je bilo riječi</translation>
    </message>
    <message>
        <source>e.g. Signing the lease</source>
        <translation>npr. Potpisivanje ugovora o najmu</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Bilješke:</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Bez predmeta</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Predmet:</translation>
    </message>
    <message>
        <source>Wit&amp;h:</source>
        <translation>S &amp;kim:</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Trajanje ne može biti negativno.</translation>
    </message>
    <message>
        <source>Enter the minutes as a number, e.g. 15 or 1:30.</source>
        <translation>Unesite minute brojem, npr. 15 ili 1:30.</translation>
    </message>
    <message>
        <source>That is longer than a week; enter the minutes.</source>
        <translation>To je duže od tjedna; unesite minute.</translation>
    </message>
    <message>
        <source>Keep it under {count} characters; the rest belongs in the notes.</source>
        <translation>Neka bude kraće od {count} znakova; ostatak ide u bilješke.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Najprije napišite bilješku.</translation>
    </message>
    <message>
        <source>This is in the future.</source>
        <translation>Ovo je u budućnosti.</translation>
    </message>
    <message>
        <source>It could not be saved; see the log.</source>
        <translation>Nije spremljeno; pogledajte zapisnik.</translation>
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
    <name>CalendarConflictsDialog</name>
    <message>
        <source>Calendar Conflicts</source>
        <translation>Sukobi u kalendaru</translation>
    </message>
    <message>
        <source>Calendar changes waiting for you</source>
        <translation>Promjene u kalendaru čekaju vašu odluku</translation>
    </message>
    <message>
        <source>These events were changed both on this computer and in Exchange, or deleted on one side only. Choose what stays; the next sync takes your choice to Exchange.</source>
        <translation>Ovi su događaji promijenjeni i na ovom računalu i u Exchangeu ili su izbrisani samo na jednoj strani. Odaberite što ostaje; sljedeća sinkronizacija prenijet će vaš odabir u Exchange.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Učitavanje…</translation>
    </message>
    <message>
        <source>The list could not be read; see the log.</source>
        <translation>Popis nije moguće učitati; pogledajte zapisnik.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) wait for your decision.</source>
        <translation>
            <numerusform>%n događaj čeka vašu odluku.</numerusform>
            <numerusform>%n događaja čekaju vašu odluku.</numerusform>
            <numerusform>%n događaja čeka vašu odluku.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for your decision.</source>
        <translation>Ništa ne čeka vašu odluku.</translation>
    </message>
    <message>
        <source>Deleted in Exchange</source>
        <translation>Izbrisano u Exchangeu</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Izbrisano ovdje</translation>
    </message>
    <message>
        <source>Changed here and in Exchange</source>
        <translation>Promijenjeno ovdje i u Exchangeu</translation>
    </message>
    <message>
        <source>Changed here and in Exchange: {fields}</source>
        <translation>Promijenjeno ovdje i u Exchangeu: {fields}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>naslov</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>bilješke</translation>
    </message>
    <message>
        <source>location</source>
        <translation>mjesto</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>cijeli dan</translation>
    </message>
    <message>
        <source>start</source>
        <translation>početak</translation>
    </message>
    <message>
        <source>end</source>
        <translation>završetak</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>vremenska zona</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>ponavljanje</translation>
    </message>
    <message>
        <source>skipped dates</source>
        <translation>preskočeni datumi</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>podsjetnik</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>sudionici</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bilješke</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Mjesto</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cijeli dan</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Početak</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Završetak</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Vremenska zona</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Ponavljanje</translation>
    </message>
    <message>
        <source>Skipped dates</source>
        <translation>Preskočeni datumi</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Podsjetnici</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Sudionici</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potvrđeno</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Uvjetno</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne ponavlja se</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Zadrži</translation>
    </message>
    <message>
        <source>Delete here too</source>
        <translation>Izbriši i ovdje</translation>
    </message>
    <message>
        <source>Delete in Exchange too</source>
        <translation>Izbriši i u Exchangeu</translation>
    </message>
    <message>
        <source>Restore here</source>
        <translation>Vrati ovdje</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s version</source>
        <translation>Zadrži verziju s ovog računala</translation>
    </message>
    <message>
        <source>Take Exchange&apos;s version</source>
        <translation>Preuzmi verziju iz Exchangea</translation>
    </message>
    <message>
        <source>Exchange calendar “{account}”</source>
        <translation>Exchange kalendar „{account}”</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(izbrisano)</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Ovo računalo:</translation>
    </message>
    <message>
        <source>Exchange:</source>
        <translation>Exchange:</translation>
    </message>
    <message>
        <source>If you delete it, later deletions cross over without asking.</source>
        <translation>Ako ga izbrišete, kasnija brisanja prenosit će se bez pitanja.</translation>
    </message>
    <message>
        <source>From then on, an event deleted on one side is deleted on the other.</source>
        <translation>Od tada se događaj izbrisan na jednoj strani briše i na drugoj.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nema)</translation>
    </message>
    <message>
        <source>That could not be saved; see the log.</source>
        <translation>Nije spremljeno; pogledajte zapisnik.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Today</source>
        <translation>Dana&amp;s</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Prethodno razdoblje (Page Up)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Prethodno razdoblje</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Sljedeće razdoblje (Page Down)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Sljedeće razdoblje</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>D&amp;an</translation>
    </message>
    <message>
        <source>W&amp;ork week</source>
        <translation>Radni t&amp;jedan</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Tjedan</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mjesec</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Rasp&amp;ored</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>Novi do&amp;gađaj</translation>
    </message>
    <message>
        <source>New event (Ctrl+N)</source>
        <translation>Novi događaj (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>U&amp;vezi…</translation>
    </message>
    <message>
        <source>Import events and tasks from .ics files</source>
        <translation>Uvezi događaje i zadatke iz datoteka .ics</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Izvezi…</translation>
    </message>
    <message>
        <source>Export the calendar and tasks to an .ics file</source>
        <translation>Izvezi kalendar i zadatke u datoteku .ics</translation>
    </message>
    <message>
        <source>“{title}” moved.</source>
        <translation>Događaj „{title}” je premješten.</translation>
    </message>
    <message>
        <source>“{title}” deleted.</source>
        <translation>Događaj „{title}” je izbrisan.</translation>
    </message>
    <message>
        <source>Import calendar files</source>
        <translation>Uvezi datoteke kalendara</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb *.vcs);;All files (*)</source>
        <translation>Datoteke iCalendar (*.ics *.ical *.ifb *.vcs);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Events: {added} added, {updated} updated, {cancelled} cancelled.
Tasks: {tasks_added} added, {tasks_updated} updated.</source>
        <translation>Događaji – dodano: {added}, ažurirano: {updated}, otkazano: {cancelled}.
Zadaci – dodano: {tasks_added}, ažurirano: {tasks_updated}.</translation>
    </message>
    <message>
        <source>Calendar import</source>
        <translation>Uvoz kalendara</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be imported:</source>
        <translation>
            <numerusform>Nije bilo moguće uvesti %n zapis:</numerusform>
            <numerusform>Nije bilo moguće uvesti %n zapisa:</numerusform>
            <numerusform>Nije bilo moguće uvesti %n zapisa:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Izvezi kalendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to {file}.</source>
        <translation>
            <numerusform>U datoteku {file} izvezen je %n događaj.</numerusform>
            <numerusform>U datoteku {file} izvezena su %n događaja.</numerusform>
            <numerusform>U datoteku {file} izvezeno je %n događaja.</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>To nije uspjelo: {reason}</translation>
    </message>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>To nije uspjelo; pojedinosti su u zapisniku.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Kalendar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>otkazano</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cijeli dan</translation>
    </message>
    <message>
        <source>W{number}</source>
        <translation>{number}. tj.</translation>
    </message>
    <message>
        <source>all-day</source>
        <translation>cijeli dan</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(bez naslova)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n više</numerusform>
            <numerusform>+%n više</numerusform>
            <numerusform>+%n više</numerusform>
        </translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Nema događaja</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Danas</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Uvjetno</translation>
    </message>
</context>
<context>
    <name>ConflictCheckDialog</name>
    <message>
        <source>Conflict check: {matter}</source>
        <translation>Provjera sukoba interesa: {matter}</translation>
    </message>
    <message>
        <source>Saved conflict check: {matter}</source>
        <translation>Spremljena provjera sukoba interesa: {matter}</translation>
    </message>
    <message>
        <source>Parties to check (a name, and a registry ID or e-mail if you have them):</source>
        <translation>Stranke za provjeru (ime te, ako ih znate, OIB/MBS ili e-mail):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>Matični broj</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Add a &amp;name</source>
        <translation>Dodaj &amp;ime</translation>
    </message>
    <message>
        <source>Re&amp;move name</source>
        <translation>Uk&amp;loni ime</translation>
    </message>
    <message>
        <source>&amp;Run the check</source>
        <translation>&amp;Pokreni provjeru</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Podudarnost</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Pronađeno</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Zašto</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Pogoci</translation>
    </message>
    <message>
        <source>&amp;Clear: no conflict</source>
        <translation>&amp;Nema sukoba</translation>
    </message>
    <message>
        <source>&amp;Waive, with a reason</source>
        <translation>&amp;Odobri izuzeće, uz obrazloženje</translation>
    </message>
    <message>
        <source>&amp;Decline the matter</source>
        <translation>O&amp;dbij predmet</translation>
    </message>
    <message>
        <source>Reason (needed to waive): e.g. both clients consented in writing</source>
        <translation>Obrazloženje (potrebno za izuzeće): npr. oba klijenta pisano su pristala</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Obrazloženje</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spremi kao &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Save the decision</source>
        <translation>&amp;Spremi odluku</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>Enter at least one name, registry ID or e-mail.</source>
        <translation>Unesite barem jedno ime, matični broj ili e-mail.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Provjeravam…</translation>
    </message>
    <message>
        <source>Run the check to search every contact, organisation, matter party and e-mail correspondent.</source>
        <translation>Pokrenite provjeru: pretražit će sve kontakte, organizacije, stranke predmeta i e-mail dopisnike.</translation>
    </message>
    <message>
        <source>No hits: nobody known resembles these parties.</source>
        <translation>Nema pogodaka: nitko poznat ne nalikuje ovim strankama.</translation>
    </message>
    <message>
        <source>{count} hits, the most likely first. Review each before deciding.</source>
        <translation>Pogodaka: {count}, najvjerojatniji prvi. Pregledajte svaki prije odluke.</translation>
    </message>
    <message>
        <source>Checked: {name}</source>
        <translation>Traženo: {name}</translation>
    </message>
    <message>
        <source>Saved by {user} on {when}; a saved check cannot be changed.</source>
        <translation>Spremio/la {user}, {when}; spremljena provjera ne može se mijenjati.</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>još nije spremljeno</translation>
    </message>
    <message>
        <source>Save the conflict check as PDF</source>
        <translation>Spremi provjeru sukoba interesa kao PDF</translation>
    </message>
    <message>
        <source>conflict-check.pdf</source>
        <translation>provjera-sukoba-interesa.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF datoteke (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}</source>
        <translation>PDF nije moguće zapisati: {error}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Spremljeno: {file}.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the check. The details are in the log.</source>
        <translation>Neočekivana pogreška zaustavila je provjeru. Pojedinosti su u zapisniku.</translation>
    </message>
</context>
<context>
    <name>ConflictTab</name>
    <message>
        <source>Checked</source>
        <translation>Provjereno</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tko</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Odluka</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Pogoci</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Obrazloženje</translation>
    </message>
    <message>
        <source>Saved conflict checks</source>
        <translation>Spremljene provjere sukoba interesa</translation>
    </message>
    <message>
        <source>Run a &amp;conflict check…</source>
        <translation>Pokreni &amp;provjeru sukoba interesa…</translation>
    </message>
    <message>
        <source>&amp;Open saved check</source>
        <translation>&amp;Otvori spremljenu provjeru</translation>
    </message>
    <message>
        <source>Last check: {decision}, {when}, by {user}.</source>
        <translation>Zadnja provjera: {decision}, {when}, proveo/la {user}.</translation>
    </message>
    <message>
        <source>No conflict check has been saved for this matter.</source>
        <translation>Za ovaj predmet još nije spremljena provjera sukoba interesa.</translation>
    </message>
</context>
<context>
    <name>ConflictTexts</name>
    <message>
        <source>Clear: no conflict</source>
        <translation>Nema sukoba</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Izuzeće odobreno</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odbijeno</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>E-mail correspondent</source>
        <translation>E-mail dopisnik</translation>
    </message>
    <message>
        <source>in no matter</source>
        <translation>ni u jednom predmetu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otvoren</translation>
    </message>
    <message>
        <source>same name, different word order</source>
        <translation>isto ime, drukčiji redoslijed riječi</translation>
    </message>
    <message>
        <source>same name, one gives only an initial</source>
        <translation>isto ime, jedno navodi samo inicijal</translation>
    </message>
    <message>
        <source>same name in Cyrillic and Latin</source>
        <translation>isto ime na ćirilici i latinici</translation>
    </message>
    <message>
        <source>same name in another spelling</source>
        <translation>isto ime u drukčijem zapisu</translation>
    </message>
    <message>
        <source>similar name with different endings (e.g. male and female)</source>
        <translation>slično ime s drukčijim nastavcima (npr. muški i ženski oblik)</translation>
    </message>
    <message>
        <source>same registry ID ({a})</source>
        <translation>isti matični broj ({a})</translation>
    </message>
    <message>
        <source>same e-mail ({a})</source>
        <translation>isti e-mail ({a})</translation>
    </message>
    <message>
        <source>similar spelling ({a} %)</source>
        <translation>sličan zapis ({a} %)</translation>
    </message>
    <message>
        <source>partly the same name ({a} of {b} words)</source>
        <translation>djelomično isto ime ({a} od {b} riječi)</translation>
    </message>
    <message>
        <source>one name is part of the other</source>
        <translation>jedno ime dio je drugoga</translation>
    </message>
    <message>
        <source>one has an extra word</source>
        <translation>jedno ima riječ više</translation>
    </message>
    <message>
        <source>one has extra words</source>
        <translation>jedno ima više riječi</translation>
    </message>
    <message>
        <source>typed with mixed Cyrillic and Latin letters</source>
        <translation>pisano mješavinom ćirilice i latinice</translation>
    </message>
    <message>
        <source>different generation ({a} / {b})</source>
        <translation>druga generacija ({a} / {b})</translation>
    </message>
    <message>
        <source>different legal form ({a} / {b})</source>
        <translation>drugi pravni oblik ({a} / {b})</translation>
    </message>
    <message>
        <source>without the legal form</source>
        <translation>bez pravnog oblika</translation>
    </message>
    <message>
        <source>but different registry IDs</source>
        <translation>ali drukčiji matični brojevi</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>isto ime</translation>
    </message>
    <message>
        <source>Conflict check</source>
        <translation>Provjera sukoba interesa</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Provjerio/la</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Vrijeme provjere</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Odluka</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Obrazloženje</translation>
    </message>
    <message>
        <source>Parties checked</source>
        <translation>Provjerene stranke</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>Matični broj</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Pogoci</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>Nema pogodaka.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Podudarnost</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Pronađeno</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Uredi</translation>
    </message>
    <message>
        <source>Edit this contact (F2)</source>
        <translation>Uredi ovaj kontakt (F2)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>Show the organisation with its people</source>
        <translation>Prikaži organizaciju i povezane osobe</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Izbriši</translation>
    </message>
    <message>
        <source>Move to the trash (Delete)</source>
        <translation>Premjesti u koš za smeće (Delete)</translation>
    </message>
    <message>
        <source>&amp;Relations…</source>
        <translation>&amp;Veze…</translation>
    </message>
    <message>
        <source>Jobs past and present, and ties to other people</source>
        <translation>Sadašnja i prijašnja zaposlenja te veze s drugim osobama</translation>
    </message>
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
        <source>Registry no.</source>
        <translation>Matični broj</translation>
    </message>
    <message>
        <source>Tax no.</source>
        <translation>Porezni broj</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osobe</numerusform>
            <numerusform>%n osoba</numerusform>
        </translation>
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
        <source>Numbers</source>
        <translation>Identifikacijski brojevi</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Rođendan</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Oznake</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bilješke</translation>
    </message>
    <message>
        <source>No e-mail, phone or address recorded yet.</source>
        <translation>Još nije upisana e-pošta, telefon ni adresa.</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Predmeti</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i još %n</numerusform>
            <numerusform>i još %n</numerusform>
            <numerusform>i još %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Pošta</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter sprema, Esc odustaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spremi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>e.g. JUDr., Ing.</source>
        <translation>npr. prof., dr. sc.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titula:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>Srednje i&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Prezime:</translation>
    </message>
    <message>
        <source>e.g. Ph.D.</source>
        <translation>npr. mag. iur.</translation>
    </message>
    <message>
        <source>Su&amp;ffix:</source>
        <translation>Titula i&amp;za imena:</translation>
    </message>
    <message>
        <source>Made from the name if left empty</source>
        <translation>Ako ostane prazno, sastavlja se iz imena</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Pri&amp;kazno ime:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Zaposlenje</translation>
    </message>
    <message>
        <source>Pick one or type a new name</source>
        <translation>Odaberite s popisa ili upišite novi naziv</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacija:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Funkcija:</translation>
    </message>
    <message>
        <source>Dep&amp;artment:</source>
        <translation>O&amp;djel:</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ostalo</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nije poznato</translation>
    </message>
    <message>
        <source>&amp;Year unknown</source>
        <translation>&amp;Godina nepoznata</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>No birthday</source>
        <translation>Ukloni datum rođendana</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Rođendan:</translation>
    </message>
    <message>
        <source>Birth number, PESEL, OIB</source>
        <translation>Rodné číslo, PESEL, OIB</translation>
    </message>
    <message>
        <source>Pe&amp;rsonal number:</source>
        <translation>Osobni &amp;broj:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;ziv:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Pravni oblik:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Država:</translation>
    </message>
    <message>
        <source>IČO, REGON, OIB, EDRPOU</source>
        <translation>IČO, REGON, OIB, EDRPOU</translation>
    </message>
    <message>
        <source>&amp;Registry no.:</source>
        <translation>&amp;Matični broj:</translation>
    </message>
    <message>
        <source>DIČ, NIP, IČ DPH</source>
        <translation>DIČ, NIP, IČ DPH</translation>
    </message>
    <message>
        <source>&amp;Tax no.:</source>
        <translation>Porezni &amp;broj:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktni podaci</translation>
    </message>
    <message>
        <source>Add e-&amp;mail</source>
        <translation>Dodaj &amp;e-poštu</translation>
    </message>
    <message>
        <source>Add p&amp;hone</source>
        <translation>Dodaj te&amp;lefon</translation>
    </message>
    <message>
        <source>Add addr&amp;ess</source>
        <translation>Dodaj &amp;adresu</translation>
    </message>
    <message>
        <source>Add &amp;web link</source>
        <translation>Dodaj &amp;web-poveznicu</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-pošta:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresa:</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation>Web:</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. client, VIP</source>
        <translation>Odvojeno zarezima, npr. klijent, VIP</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Oz&amp;nake:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Bil&amp;ješke:</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Češka</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovačka</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Poljska</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Hrvatska</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukrajina</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austrija</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Njemačka</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Mađarska</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovenija</translation>
    </message>
    <message>
        <source>Enter a name (or at least an e-mail or a phone).</source>
        <translation>Upišite ime (ili barem e-poštu ili telefon).</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Upišite naziv organizacije.</translation>
    </message>
    <message>
        <source>An IČO has 8 digits.</source>
        <translation>IČO ima 8 znamenki.</translation>
    </message>
    <message>
        <source>This number is not valid: its check digit is wrong.</source>
        <translation>Ovaj broj nije valjan: kontrolna znamenka nije ispravna.</translation>
    </message>
    <message>
        <source>This number is not valid: it has the wrong number of digits.</source>
        <translation>Ovaj broj nije valjan: ima pogrešan broj znamenki.</translation>
    </message>
    <message>
        <source>This number has characters that do not belong there.</source>
        <translation>Ovaj broj sadrži nedopuštene znakove.</translation>
    </message>
    <message>
        <source>This number is not valid.</source>
        <translation>Ovaj broj nije valjan.</translation>
    </message>
    <message>
        <source>This e-mail address is not complete (name@domain.tld).</source>
        <translation>Ova adresa e-pošte nije potpuna (ime@domena.hr).</translation>
    </message>
    <message>
        <source>Not a number we can read; it is kept as typed.</source>
        <translation>Broj nije moguće prepoznati; sprema se onako kako je upisan.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Ispravite označena polja.</translation>
    </message>
    <message>
        <source>The contact could not be saved; see the log.</source>
        <translation>Kontakt nije moguće spremiti; pojedinosti su u zapisniku.</translation>
    </message>
</context>
<context>
    <name>ContactFormDialog</name>
    <message>
        <source>New person</source>
        <translation>Nova osoba</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nova organizacija</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Uređivanje: {name}</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
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
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakti</translation>
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
        <source>Loading contacts…</source>
        <translation>Učitavanje kontakata…</translation>
    </message>
    <message>
        <source>Filter by name, e-mail, phone, city</source>
        <translation>Filtriraj po imenu, e-pošti, telefonu, gradu</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Show people, organisations or both</source>
        <translation>Prikaži osobe, organizacije ili oboje</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Osobe i organizacije</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osobe</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacije</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Oznaka</translation>
    </message>
    <message>
        <source>Show only contacts with this tag</source>
        <translation>Prikaži samo kontakte s ovom oznakom</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novi</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N) or an organisation</source>
        <translation>Dodaj osobu (Ctrl+N) ili organizaciju</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nova &amp;osoba…</translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation>Nova o&amp;rganizacija…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Sve oznake</translation>
    </message>
    <message>
        <source>Could not load the contacts.</source>
        <translation>Kontakte nije moguće učitati.</translation>
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
    <message>
        <source>That did not work: {reason}</source>
        <translation>Nije uspjelo: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n to the trash</source>
        <translation>
            <numerusform>U koš za smeće premješten je %n kontakt</numerusform>
            <numerusform>U koš za smeće premještena su %n kontakta</numerusform>
            <numerusform>U koš za smeće premješteno je %n kontakata</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations of {name}</source>
        <translation>Veze: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n from the trash</source>
        <translation>
            <numerusform>Iz koša za smeće vraćen je %n kontakt</numerusform>
            <numerusform>Iz koša za smeće vraćena su %n kontakta</numerusform>
            <numerusform>Iz koša za smeće vraćeno je %n kontakata</numerusform>
        </translation>
    </message>
    <message>
        <source>Change undone</source>
        <translation>Promjena je poništena</translation>
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
        <source>Follow-ups due</source>
        <translation>Podsjetnici na redu</translation>
    </message>
    <message>
        <source>Time to get in touch</source>
        <translation>Vrijeme je za javljanje</translation>
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
    <message>
        <source>overdue since {date}</source>
        <translation>kasni od {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>za danas</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>Nema podsjetnika na redu.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i još %n</numerusform>
            <numerusform>i još %n</numerusform>
            <numerusform>i još %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open matters</source>
        <translation>Otvoreni predmeti</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Otvoreni zadaci</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Svi zadaci</translation>
    </message>
    <message>
        <source>Today&apos;s events</source>
        <translation>Današnji događaji</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Događaji</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>Zadaci s rokom danas</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Za danas</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Zadaci s prekoračenim rokom</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Prekoračen rok</translation>
    </message>
    <message>
        <source>Nothing due today and no events.</source>
        <translation>Za danas nema zadataka ni događaja.</translation>
    </message>
    <message>
        <source>Deadlines — next 14 days</source>
        <translation>Rokovi – sljedećih 14 dana</translation>
    </message>
    <message>
        <source>Deadlines in the next 14 days</source>
        <translation>Rokovi u sljedećih 14 dana</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Nedavne aktivnosti</translation>
    </message>
    <message>
        <source>Matters by stage</source>
        <translation>Predmeti po fazama</translation>
    </message>
    <message>
        <source>All matters</source>
        <translation>Svi predmeti</translation>
    </message>
    <message>
        <source>No open matters.</source>
        <translation>Nema otvorenih predmeta.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronizacija</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Stanje sinkronizacije</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Ovdje još nema ničega</translation>
    </message>
    <message>
        <source>Today&apos;s tasks and events, deadlines, follow-ups and recent activity will appear here once you add contacts, matters and tasks.</source>
        <translation>Kad dodate kontakte, predmete i zadatke, ovdje će se prikazati današnji zadaci i događaji, rokovi, podsjetnici i nedavne aktivnosti.</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: {reason}</source>
        <translation>Pregled nije bilo moguće učitati: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n kasni</numerusform>
            <numerusform>%n kasne</numerusform>
            <numerusform>%n kasni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n za danas</numerusform>
            <numerusform>%n za danas</numerusform>
            <numerusform>%n za danas</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cijeli dan</translation>
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
        <translation>(bez naslova)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>danas</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>sutra</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>za %n dan</numerusform>
            <numerusform>za %n dana</numerusform>
            <numerusform>za %n dana</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadlines in the next 14 days.</source>
        <translation>Nema rokova u sljedećih 14 dana.</translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>svaki %n tjedan</numerusform>
            <numerusform>svaka %n tjedna</numerusform>
            <numerusform>svakih %n tjedana</numerusform>
        </translation>
    </message>
    <message>
        <source>due since {date}</source>
        <translation>na redu od {date}</translation>
    </message>
    <message>
        <source>Everyone is in touch.</source>
        <translation>Sa svima ste u kontaktu.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Dolazni poziv</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Odlazni poziv</translation>
    </message>
    <message>
        <source>{kind}: {subject}</source>
        <translation>{kind}: {subject}</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>jučer</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Još ništa nije zabilježeno.</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Deadline calculator</source>
        <translation>Kalkulator rokova</translation>
    </message>
    <message>
        <source>The day of the event, e.g. delivery of a decision; it is not counted.</source>
        <translation>Dan događaja, npr. dostave odluke; ne uračunava se u rok.</translation>
    </message>
    <message>
        <source>e.g. delivery of a decision; not counted</source>
        <translation>npr. dostava odluke; ne uračunava se</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Razdoblje</translation>
    </message>
    <message>
        <source>Unit of the period</source>
        <translation>Jedinica razdoblja</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dani</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>tjedni</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mjeseci</translation>
    </message>
    <message>
        <source>years</source>
        <translation>godine</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Razdoblje:</translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation>Češka</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovačka</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Poljska</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Hrvatska</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukrajina</translation>
    </message>
    <message>
        <source>Public &amp;holidays of:</source>
        <translation>&amp;Blagdani za državu:</translation>
    </message>
    <message>
        <source>&amp;Move a last day on a weekend or holiday to the next working day</source>
        <translation>&amp;Pomakni zadnji dan s vikenda ili blagdana na sljedeći radni dan</translation>
    </message>
    <message>
        <source>Count &amp;working days only (weekends and holidays are not counted)</source>
        <translation>Računaj samo radne &amp;dane (vikendi i blagdani se ne računaju)</translation>
    </message>
    <message>
        <source>Count Ukrainian holidays as days &amp;off (only once martial law has ended)</source>
        <translation>Računaj ukrajinske blagdane kao &amp;neradne dane (tek nakon prestanka ratnog stanja)</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Pravila:</translation>
    </message>
    <message>
        <source>How it was &amp;computed:</source>
        <translation>&amp;Kako je izračunato:</translation>
    </message>
    <message>
        <source>How the deadline was computed</source>
        <translation>Kako je izračunat rok</translation>
    </message>
    <message>
        <source>e.g. Deadline: appeal</source>
        <translation>npr. Rok: žalba</translation>
    </message>
    <message>
        <source>Task &amp;title:</source>
        <translation>Naslov &amp;zadatka:</translation>
    </message>
    <message>
        <source>days before the deadline</source>
        <translation>dana prije roka</translation>
    </message>
    <message>
        <source>&amp;Remind:</source>
        <translation>Pod&amp;sjeti:</translation>
    </message>
    <message>
        <source>&amp;Add deadline</source>
        <translation>Dod&amp;aj rok</translation>
    </message>
    <message>
        <source>Deadline: {purpose}</source>
        <translation>Rok: {purpose}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>Posljednji dan roka: {date}</translation>
    </message>
    <message>
        <source>No deadline computed.</source>
        <translation>Rok nije izračunat.</translation>
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
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>e.g. contract, signed</source>
        <translation>npr. ugovor, potpisano</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>O&amp;znake:</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Bez predmeta</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Predmet:</translation>
    </message>
    <message>
        <source>Peop&amp;le:</source>
        <translation>O&amp;sobe:</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Dokument mora imati naziv.</translation>
    </message>
    <message>
        <source>see the log</source>
        <translation>pojedinosti su u zapisniku</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nije spremljeno: {reason}</translation>
    </message>
</context>
<context>
    <name>DocumentWork</name>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>To nije uspjelo; pojedinosti su u zapisniku.</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Documents</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <source>Search titles and contents</source>
        <translation>Pretraži nazive i sadržaj</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Pretraži dokumente</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Dodaj datoteke…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Izbriši</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Još nema dokumenata</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ništa nije pronađeno</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datoteka:</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>Predmet:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Verzije</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>&amp;Pojedinosti…</translation>
    </message>
    <message>
        <source>Add a &amp;new version…</source>
        <translation>Dodaj &amp;novu verziju…</translation>
    </message>
    <message>
        <source>Choose a document to see its versions.</source>
        <translation>Odaberite dokument da biste vidjeli njegove verzije.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verzija</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veličina</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Promijenjeno</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>being read…</source>
        <translation>čita se…</translation>
    </message>
    <message>
        <source>searchable</source>
        <translation>može se pretraživati</translation>
    </message>
    <message>
        <source>no text (a scan?)</source>
        <translation>bez teksta (skenirano?)</translation>
    </message>
    <message>
        <source>not searchable</source>
        <translation>ne može se pretraživati</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nije moguće pročitati</translation>
    </message>
    <message>
        <source>Drop files here from your file manager (Outlook messages and .eml files too) or use the Add files button. SmallCRM keeps its own copy and reads their text for search.</source>
        <translation>Povucite ovamo datoteke iz upravitelja datoteka (i poruke iz Outlooka te datoteke .eml) ili odaberite „Dodaj datoteke…”. SmallCRM sprema vlastitu kopiju i čita njihov tekst radi pretraživanja.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Oznake:</translation>
    </message>
    <message>
        <source>No document contains “{text}”.</source>
        <translation>Nijedan dokument ne sadrži „{text}”.</translation>
    </message>
    <message>
        <source>not filed on a matter</source>
        <translation>nije povezan s predmetom</translation>
    </message>
    <message>
        <source>Version {number} · {date} · {size}
{name}</source>
        <translation>Verzija {number} · {date} · {size}
{name}</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Dodaj dokumente</translation>
    </message>
    <message>
        <source>Folders are not added; choose the files in them.</source>
        <translation>Mape se ne dodaju; odaberite datoteke koje sadrže.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Dodajem %n datoteku…</numerusform>
            <numerusform>Dodajem %n datoteke…</numerusform>
            <numerusform>Dodajem %n datoteka…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a new version</source>
        <translation>Dodaj novu verziju</translation>
    </message>
    <message>
        <source>Stored as version {number}.</source>
        <translation>Spremljeno kao verzija {number}.</translation>
    </message>
    <message>
        <source>That file is the same as the current version.</source>
        <translation>Ta je datoteka ista kao trenutačna verzija.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s).</source>
        <translation>
            <numerusform>Dodan je %n dokument.</numerusform>
            <numerusform>Dodana su %n dokumenta.</numerusform>
            <numerusform>Dodano je %n dokumenata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them has the same content as a stored document.</source>
        <translation>
            <numerusform>%n od njih ima isti sadržaj kao već spremljeni dokument.</numerusform>
            <numerusform>%n od njih imaju isti sadržaj kao već spremljeni dokumenti.</numerusform>
            <numerusform>%n od njih ima isti sadržaj kao već spremljeni dokumenti.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was not added: {reason}</source>
        <translation>Datoteka „{name}” nije dodana: {reason}</translation>
    </message>
    <message>
        <source>Opened a copy of “{name}”. When you save changes in the other program, SmallCRM offers to keep them as a new version.</source>
        <translation>Otvorena je kopija datoteke „{name}”. Kad spremite promjene u tom programu, SmallCRM će ponuditi da ih spremi kao novu verziju.</translation>
    </message>
    <message>
        <source>No program is set to open “{name}”.</source>
        <translation>Nije postavljen program za otvaranje datoteke „{name}”.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n document(s) to the trash.</source>
        <translation>
            <numerusform>U koš za smeće premješten je %n dokument.</numerusform>
            <numerusform>U koš za smeće premještena su %n dokumenta.</numerusform>
            <numerusform>U koš za smeće premješteno je %n dokumenata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n document(s) from the trash.</source>
        <translation>
            <numerusform>Iz koša za smeće vraćen je %n dokument.</numerusform>
            <numerusform>Iz koša za smeće vraćena su %n dokumenta.</numerusform>
            <numerusform>Iz koša za smeće vraćeno je %n dokumenata.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatePairsModel</name>
    <message>
        <source>Score</source>
        <translation>Podudarnost</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mogući duplikat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Razlozi</translation>
    </message>
    <message>
        <source>marked as not duplicates</source>
        <translation>označeno: nisu duplikati</translation>
    </message>
    <message>
        <source>{score} of 100: how sure the finder is</source>
        <translation>{score} od 100: koliko je podudarnost sigurna</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Podudarnost {score}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Traženje duplikata</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogući duplikati</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Nema vjerojatnih duplikata</translation>
    </message>
    <message>
        <source>No two contacts share an e-mail or a phone, or have names alike enough to be the same person.</source>
        <translation>Nikoja dva kontakta nemaju zajedničku e-poštu ni telefon, niti su im imena toliko slična da bi mogla biti ista osoba.</translation>
    </message>
    <message>
        <source>The search was stopped</source>
        <translation>Traženje je zaustavljeno</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Poništi spajanje</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>&amp;Traži ponovno</translation>
    </message>
    <message>
        <source>S&amp;how pairs marked as not duplicates</source>
        <translation>Pri&amp;kaži i parove označene „nisu duplikati”</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Nisu duplikati</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Spoji…</translation>
    </message>
    <message>
        <source>Compare the two and merge them (Enter)</source>
        <translation>Usporedi ta dva zapisa i spoji ih (Enter)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Zaustavi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Comparing every contact with the others…</source>
        <translation>Uspoređivanje svakog kontakta s ostalima…</translation>
    </message>
    <message>
        <source>Searching for duplicates</source>
        <translation>Traženje duplikata</translation>
    </message>
    <message>
        <source>This takes a few seconds in a large address book.</source>
        <translation>U velikom adresaru to traje nekoliko sekundi.</translation>
    </message>
    <message>
        <source>Nothing was changed. Search again when you have a moment.</source>
        <translation>Ništa nije promijenjeno. Ponovno pokrenite traženje kad budete imali vremena.</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>neočekivana pogreška</translation>
    </message>
    <message>
        <source>The search did not finish</source>
        <translation>Traženje nije dovršeno</translation>
    </message>
    <message>
        <source>{reason}. Nothing was changed; you can search again.</source>
        <translation>Uzrok: {reason}. Ništa nije promijenjeno; traženje možete ponovno pokrenuti.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be the same person or organisation, best first.</source>
        <translation>
            <numerusform>%n par zapisa koji mogu pripadati istoj osobi ili organizaciji; najvjerojatniji su na vrhu.</numerusform>
            <numerusform>%n para zapisa koji mogu pripadati istoj osobi ili organizaciji; najvjerojatniji su na vrhu.</numerusform>
            <numerusform>%n parova zapisa koji mogu pripadati istoj osobi ili organizaciji; najvjerojatniji su na vrhu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them marked as not duplicates.</source>
        <translation>
            <numerusform>Od toga %n označen kao „nisu duplikati”.</numerusform>
            <numerusform>Od toga %n označena kao „nisu duplikati”.</numerusform>
            <numerusform>Od toga %n označeno kao „nisu duplikati”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the {count} likeliest are listed; merge some and search again.</source>
        <translation>Prikazano je samo {count} najvjerojatnijih parova; spojite neke i ponovno pokrenite traženje.</translation>
    </message>
    <message>
        <source>{first} and {second}: {reasons}</source>
        <translation>{first} i {second}: {reasons}</translation>
    </message>
    <message>
        <source>Marked as not duplicates: press to take that back (Delete)</source>
        <translation>Označeno da nisu duplikati: pritisnite da to poništite (Delete)</translation>
    </message>
    <message>
        <source>Remember that these two are different: the pair is no longer listed (Delete)</source>
        <translation>Zapamti da su to dva različita zapisa: par se više neće prikazivati (Delete)</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” are marked as not duplicates.</source>
        <translation>„{first}” i „{second}” označeni su da nisu duplikati.</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” are listed as possible duplicates again.</source>
        <translation>„{first}” i „{second}” ponovno su na popisu mogućih duplikata.</translation>
    </message>
    <message>
        <source>“Not duplicates” could not be saved: {reason}</source>
        <translation>Oznaku „nisu duplikati” nije bilo moguće spremiti: {reason}</translation>
    </message>
    <message>
        <source>Merged into “{name}”.</source>
        <translation>Spojeno u kontakt „{name}“.</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>Spajanje je poništeno.</translation>
    </message>
    <message>
        <source>The merge could not be undone: {reason}</source>
        <translation>Spajanje nije moguće poništiti: {reason}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Poništi</translation>
    </message>
</context>
<context>
    <name>EditedCopyDialog</name>
    <message>
        <source>Changed document</source>
        <translation>Promijenjeni dokument</translation>
    </message>
    <message>
        <source>“{name}” was changed in another program.</source>
        <translation>Datoteka „{name}” promijenjena je u drugom programu.</translation>
    </message>
    <message>
        <source>Keep the changes as version {number} of the document? The earlier versions stay as they are.</source>
        <translation>Spremiti promjene kao verziju {number} dokumenta? Ranije verzije ostaju nepromijenjene.</translation>
    </message>
    <message>
        <source>&amp;Keep as new version</source>
        <translation>&amp;Spremi kao novu verziju</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ne sada</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Odbaci promjene</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Enter a rule, e.g. FREQ=WEEKLY;BYDAY=MO,WE.</source>
        <translation>Unesite pravilo, npr. FREQ=WEEKLY;BYDAY=MO,WE.</translation>
    </message>
    <message>
        <source>Give the rule as one RRULE line, without DTSTART.</source>
        <translation>Navedite pravilo kao jedan redak RRULE, bez DTSTART.</translation>
    </message>
    <message>
        <source>A rule starts with FREQ=, e.g. FREQ=WEEKLY;BYDAY=MO,WE.</source>
        <translation>Pravilo počinje s FREQ=, npr. FREQ=WEEKLY;BYDAY=MO,WE.</translation>
    </message>
    <message>
        <source>A rule ends by COUNT or by UNTIL, not by both.</source>
        <translation>Pravilo završava s COUNT ili s UNTIL, ne s oba.</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Bez podsjetnika</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>U trenutku početka</translation>
    </message>
    <message>
        <source>1 week before</source>
        <translation>1 tjedan prije</translation>
    </message>
    <message>
        <source>{n} weeks before</source>
        <translation>{n} tjedna prije</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 dan prije</translation>
    </message>
    <message>
        <source>{n} days before</source>
        <translation>{n} dana prije</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 sat prije</translation>
    </message>
    <message>
        <source>{n} hours before</source>
        <translation>{n} h prije</translation>
    </message>
    <message>
        <source>1 minute before</source>
        <translation>1 minutu prije</translation>
    </message>
    <message>
        <source>{n} minutes before</source>
        <translation>{n} min prije</translation>
    </message>
    <message>
        <source>Repeating event</source>
        <translation>Ponavljajući događaj</translation>
    </message>
    <message>
        <source>This is a repeating event. Delete only this event, this and the following events, or all events in the series?</source>
        <translation>Ovo je ponavljajući događaj. Izbrisati samo ovaj događaj, ovaj i sljedeće događaje ili sve događaje u nizu?</translation>
    </message>
    <message>
        <source>This is a repeating event. Change only this event, this and the following events, or all events in the series?</source>
        <translation>Ovo je ponavljajući događaj. Promijeniti samo ovaj događaj, ovaj i sljedeće događaje ili sve događaje u nizu?</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>Ovaj događaj</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>Ovaj i sljedeće</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Sve događaje</translation>
    </message>
    <message>
        <source>“{title}” is also in the Exchange calendar “{account}”. Deleting it here deletes it there too, from now on without asking.</source>
        <translation>Događaj „{title}” nalazi se i u Exchange kalendaru „{account}”. Ako ga izbrišete ovdje, izbrisat će se i ondje – od sada bez pitanja.</translation>
    </message>
    <message>
        <source>Delete in both</source>
        <translation>Izbriši na oba mjesta</translation>
    </message>
    <message>
        <source>{account} (Exchange)</source>
        <translation>{account} (Exchange)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Izbriši…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Ovo računalo</translation>
    </message>
    <message>
        <source>Where the event is kept and synced</source>
        <translation>Gdje se događaj sprema i sinkronizira</translation>
    </message>
    <message>
        <source>A removed Exchange account</source>
        <translation>Uklonjeni Exchange račun</translation>
    </message>
    <message>
        <source>An event stays in the calendar it was made in.</source>
        <translation>Događaj ostaje u kalendaru u kojem je stvoren.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Novi događaj</translation>
    </message>
    <message>
        <source>Edit this event</source>
        <translation>Uredi ovaj događaj</translation>
    </message>
    <message>
        <source>Edit this and the following events</source>
        <translation>Uredi ovaj i sljedeće događaje</translation>
    </message>
    <message>
        <source>Edit all events in the series</source>
        <translation>Uredi sve događaje u nizu</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Uredi događaj</translation>
    </message>
    <message>
        <source>e.g. Hearing at the regional court</source>
        <translation>npr. Ročište na županijskom sudu</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Neobavezno</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Mjesto:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Datum početka</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Vrijeme početka</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Datum završetka</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Vrijeme završetka</translation>
    </message>
    <message>
        <source>A&amp;ll day</source>
        <translation>&amp;Cijeli dan</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>Po&amp;četak:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Završetak:</translation>
    </message>
    <message>
        <source>None: the same clock time in every zone</source>
        <translation>Bez zone: isto vrijeme u svakoj zoni</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Vremenska zona:</translation>
    </message>
    <message>
        <source>Custom rule…</source>
        <translation>Prilagođeno pravilo…</translation>
    </message>
    <message>
        <source>RRULE, e.g. FREQ=WEEKLY;BYDAY=MO,WE</source>
        <translation>RRULE, npr. FREQ=WEEKLY;BYDAY=MO,WE</translation>
    </message>
    <message>
        <source>Repetition rule</source>
        <translation>Pravilo ponavljanja</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Ponavl&amp;janje:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nikad</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dana</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nakon</translation>
    </message>
    <message>
        <source>Last day of the series</source>
        <translation>Zadnji dan niza</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Broj ponavljanja</translation>
    </message>
    <message>
        <source>times</source>
        <translation>ponavljanja</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>Po&amp;dsjetnik:</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potvrđeno</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Uvjetno</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Jana Nováková &lt;jana@example.cz&gt;, petr@example.cz</source>
        <translation>Ana Horvat &lt;ana@example.hr&gt;, petar@example.hr</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>S&amp;udionici:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Osobe:</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Bez predmeta</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Predmet:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Bilješke:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Kalendar:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Izvor:</translation>
    </message>
    <message>
        <source>Changes apply to the event on {day} only.</source>
        <translation>Promjene se odnose samo na ovaj događaj ({day}).</translation>
    </message>
    <message>
        <source>Changes apply to the event on {day} and the following ones.</source>
        <translation>Promjene se odnose na ovaj događaj ({day}) i sljedeće.</translation>
    </message>
    <message>
        <source>Changes apply to every event in the series.</source>
        <translation>Promjene se odnose na sve događaje u nizu.</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Zadnji dan:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne ponavlja se</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Svaki dan</translation>
    </message>
    <message>
        <source>Every working day (Mon–Fri)</source>
        <translation>Svaki radni dan (pon.–pet.)</translation>
    </message>
    <message>
        <source>Weekly on {weekday}</source>
        <translation>Svaki tjedan: {weekday}</translation>
    </message>
    <message>
        <source>Every 2 weeks on {weekday}</source>
        <translation>Svaka 2 tjedna: {weekday}</translation>
    </message>
    <message>
        <source>Monthly on day {day}</source>
        <translation>Svaki mjesec {day}. dana</translation>
    </message>
    <message>
        <source>Monthly on the last working day</source>
        <translation>Svaki mjesec zadnjeg radnog dana</translation>
    </message>
    <message>
        <source>Yearly on {date}</source>
        <translation>Svake godine {date}</translation>
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
        <translation>K&amp;raj ponavljanja:</translation>
    </message>
    <message>
        <source>The same clock time wherever you are.</source>
        <translation>Isto vrijeme na satu, gdje god bili.</translation>
    </message>
    <message>
        <source>Shown in your zone ({zone}): {when}</source>
        <translation>U vašoj zoni ({zone}): {when}</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Unesite naslov događaja.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Zadnji dan je prije prvog.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Događaj završava prije nego što počne.</translation>
    </message>
    <message>
        <source>Unknown time zone; pick one from the list, e.g. Europe/Prague.</source>
        <translation>Nepoznata vremenska zona; odaberite je s popisa, npr. Europe/Zagreb.</translation>
    </message>
    <message>
        <source>The series cannot end before its first day.</source>
        <translation>Niz ne može završiti prije svog prvog dana.</translation>
    </message>
    <message>
        <source>Not an e-mail address: {items}</source>
        <translation>Nisu adrese e-pošte: {items}</translation>
    </message>
    <message>
        <source>Pick a matter from the list, or leave it empty.</source>
        <translation>Odaberite predmet s popisa ili ostavite polje prazno.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Izbriši događaj</translation>
    </message>
    <message>
        <source>Delete every event in the series “{title}”?</source>
        <translation>Izbrisati sve događaje u nizu „{title}”?</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Izbrisati „{title}”?</translation>
    </message>
    <message>
        <source>It goes to the trash, where it can be restored.</source>
        <translation>Premjestit će se u koš za smeće, odakle se može vratiti.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <source>It could not be saved; see the log.</source>
        <translation>Nije spremljeno; pogledajte zapisnik.</translation>
    </message>
</context>
<context>
    <name>ExchangeAccountDialog</name>
    <message>
        <source>New Exchange Account</source>
        <translation>Novi Exchange račun</translation>
    </message>
    <message>
        <source>Exchange Account</source>
        <translation>Exchange račun</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Ulazna pošta</translation>
    </message>
    <message>
        <source>Sent Items</source>
        <translation>Poslane stavke</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Skice</translation>
    </message>
    <message>
        <source>Deleted Items</source>
        <translation>Izbrisane stavke</translation>
    </message>
    <message>
        <source>Junk Email</source>
        <translation>Neželjena e-pošta</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Izlazna pošta</translation>
    </message>
    <message>
        <source>e.g. Office Exchange</source>
        <translation>npr. Uredski Exchange</translation>
    </message>
    <message>
        <source>As the server asks (recommended)</source>
        <translation>Kako traži poslužitelj (preporučeno)</translation>
    </message>
    <message>
        <source>NTLM (Windows login)</source>
        <translation>NTLM (prijava u Windows)</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>&amp;Provjera autentičnosti:</translation>
    </message>
    <message>
        <source>EWS &amp;address:</source>
        <translation>&amp;Adresa EWS:</translation>
    </message>
    <message>
        <source>https://mail.firm.cz/EWS/Exchange.asmx</source>
        <translation>https://mail.tvrtka.hr/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://): the password and every message cross the network as plain text. Use it only for a server on this computer or a network you trust.</source>
        <translation>Ova adresa nije šifrirana (http://): lozinka i svaka poruka putuju mrežom kao običan tekst. Koristite je samo za poslužitelj na ovom računalu ili u mreži kojoj vjerujete.</translation>
    </message>
    <message>
        <source>Find it from the &amp;e-mail address</source>
        <translation>Pronađi prema adresi &amp;e-pošte</translation>
    </message>
    <message>
        <source>SmallCRM asks the firm&apos;s server (autodiscover) with the mailbox e-mail and password below when you test the connection or save.</source>
        <translation>Pri testiranju veze ili spremanju SmallCRM šalje upit poslužitelju ureda (autodiscover) s adresom e-pošte sandučića i lozinkom navedenima u nastavku.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Poslužitelj:</translation>
    </message>
    <message>
        <source>e.g. FIRMA\novakova</source>
        <translation>npr. TVRTKA\ahorvat</translation>
    </message>
    <message>
        <source>As you sign in to Windows at the office: DOMAIN\user or user@firm.cz</source>
        <translation>Kao pri prijavi u Windows u uredu: DOMENA\korisnik ili korisnik@tvrtka.hr</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Korisničko ime:</translation>
    </message>
    <message>
        <source>optional, e.g. jana.novakova@firm.cz</source>
        <translation>neobavezno, npr. ana.horvat@tvrtka.hr</translation>
    </message>
    <message>
        <source>Needed when the user name is DOMAIN\user; else the user name is used.</source>
        <translation>Potrebno ako je korisničko ime oblika DOMENA\korisnik; inače se koristi korisničko ime.</translation>
    </message>
    <message>
        <source>&amp;Mailbox e-mail:</source>
        <translation>Adresa e-pošte &amp;sandučića:</translation>
    </message>
    <message>
        <source>Sync the &amp;calendar both ways</source>
        <translation>Sinkroniziraj kalen&amp;dar u oba smjera</translation>
    </message>
    <message>
        <source>Appointments of this mailbox appear in SmallCRM&apos;s calendar, and those made or changed here go back to Exchange.</source>
        <translation>Sastanci iz ovog sandučića prikazuju se u kalendaru SmallCRM-a, a oni stvoreni ili promijenjeni ovdje vraćaju se u Exchange.</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Kalendar:</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Unesite naziv računa.</translation>
    </message>
    <message>
        <source>Type the EWS address, or let SmallCRM find it.</source>
        <translation>Upišite adresu EWS ili neka je SmallCRM pronađe.</translation>
    </message>
    <message>
        <source>This is not a web address: it looks like https://mail.firm.cz/EWS/Exchange.asmx</source>
        <translation>Ovo nije web-adresa; ispravna izgleda kao https://mail.tvrtka.hr/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <source>Confirm the unencrypted connection below, or use https://.</source>
        <translation>Dolje potvrdite nešifriranu vezu ili upotrijebite https://.</translation>
    </message>
    <message>
        <source>Type the user name.</source>
        <translation>Upišite korisničko ime.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Ovo nije adresa e-pošte.</translation>
    </message>
    <message>
        <source>Type the mailbox&apos;s e-mail address: a DOMAIN\user name does not say it.</source>
        <translation>Upišite adresu e-pošte sandučića: ime oblika DOMENA\korisnik ne otkriva je.</translation>
    </message>
    <message>
        <source>Tick at least one folder to sync.</source>
        <translation>Označite barem jednu mapu za sinkronizaciju.</translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Upišite lozinku za testiranje veze.</translation>
    </message>
    <message>
        <source>“{name}” is an IMAP account: it opens in the IMAP form.</source>
        <translation>„{name}” je IMAP račun: otvara se u obrascu za IMAP.</translation>
    </message>
    <message>
        <source>A folder chosen earlier (Load folders names it)</source>
        <translation>Ranije odabrana mapa (naziv prikazuje Učitaj mape)</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n mail folder(s) on the server.</source>
        <translation>
            <numerusform>Povezano: na poslužitelju je %n mapa pošte.</numerusform>
            <numerusform>Povezano: na poslužitelju su %n mape pošte.</numerusform>
            <numerusform>Povezano: na poslužitelju je %n mapa pošte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asks for %1.</source>
        <translation>Poslužitelj traži %1.</translation>
    </message>
    <message>
        <source>Found at %1</source>
        <translation>Pronađeno na adresi %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n poruka</numerusform>
            <numerusform>%n poruke</numerusform>
            <numerusform>%n poruka</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nije povezano.</translation>
    </message>
    <message>
        <source>Found what the server asks; saving…</source>
        <translation>Utvrđeno je što poslužitelj traži; spremanje…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Izvoz kontakata</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>vCard 4.0 (current address books)</source>
        <translation>vCard 4.0 (suvremeni adresari)</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones and Outlook)</source>
        <translation>vCard 3.0 (stariji telefoni i Outlook)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets; UTF-8)</source>
        <translation>CSV (proračunske tablice; UTF-8)</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakti:</translation>
    </message>
    <message>
        <source>Selected contacts ({count})</source>
        <translation>Odabrani kontakti ({count})</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Svi kontakti</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datoteka:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Odaberi…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Izvezi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>All contacts ({count})</source>
        <translation>Svi kontakti ({count})</translation>
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
        <translation>Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {file}.</source>
        <translation>Kontakti su izvezeni u datoteku {file} (broj: {count}).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>An unexpected error stopped the export. The details are in the log.</source>
        <translation>Izvoz je prekinula neočekivana pogreška. Pojedinosti su u zapisniku.</translation>
    </message>
    <message>
        <source>The contacts were not exported. {reason}</source>
        <translation>Kontakti nisu izvezeni. {reason}</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups</source>
        <translation>Podsjetnici</translation>
    </message>
    <message>
        <source>Be reminded when it is time to get in touch again</source>
        <translation>Podsjeti me kad se opet treba javiti</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Svaki %n tjedan</numerusform>
            <numerusform>Svaka %n tjedna</numerusform>
            <numerusform>Svakih %n tjedana</numerusform>
        </translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Drugo…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ne podsjećaj</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i još %n</numerusform>
            <numerusform>i još %n</numerusform>
            <numerusform>i još %n</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>kasni od {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>rok danas</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>rok sutra</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>rok {date}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotovo</translation>
    </message>
    <message>
        <source>Mark done: it goes on the timeline</source>
        <translation>Označi kao gotovo; upisuje se na vremensku crtu</translation>
    </message>
    <message>
        <source>Mark “{title}” done</source>
        <translation>Označi „{title}” kao gotovo</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Još bez kontakta</translation>
    </message>
    <message>
        <source>Last contact today</source>
        <translation>Zadnji kontakt danas</translation>
    </message>
    <message>
        <source>Last contact yesterday</source>
        <translation>Zadnji kontakt jučer</translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n days ago</source>
        <translation>
            <numerusform>Zadnji kontakt prije %n dan</numerusform>
            <numerusform>Zadnji kontakt prije %n dana</numerusform>
            <numerusform>Zadnji kontakt prije %n dana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n weeks ago</source>
        <translation>
            <numerusform>Zadnji kontakt prije %n tjedan</numerusform>
            <numerusform>Zadnji kontakt prije %n tjedna</numerusform>
            <numerusform>Zadnji kontakt prije %n tjedana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n months ago</source>
        <translation>
            <numerusform>Zadnji kontakt prije %n mjesec</numerusform>
            <numerusform>Zadnji kontakt prije %n mjeseca</numerusform>
            <numerusform>Zadnji kontakt prije %n mjeseci</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay in touch: not set</source>
        <translation>Održavanje kontakta: nije postavljeno</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Postavi…</translation>
    </message>
    <message numerus="yes">
        <source>Stay in touch every %n weeks</source>
        <translation>
            <numerusform>Javljati se svaki %n tjedan</numerusform>
            <numerusform>Javljati se svaka %n tjedna</numerusform>
            <numerusform>Javljati se svakih %n tjedana</numerusform>
        </translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Promijeni…</translation>
    </message>
    <message>
        <source>{last}, due since {date}</source>
        <translation>{last}, na redu od {date}</translation>
    </message>
    <message>
        <source>{last}, next due {date}</source>
        <translation>{last}, sljedeći do {date}</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Nije uspjelo: {reason}</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Održavanje kontakta</translation>
    </message>
    <message>
        <source>Weeks between contacts:</source>
        <translation>Broj tjedana između kontakata:</translation>
    </message>
</context>
<context>
    <name>FormFrame</name>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spremi</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Uvoz kontakata</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Poništi ovaj uvoz</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Uvezi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Čitanje datoteka…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Uvoz u tijeku…</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV &amp;datoteka:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodiranje:</translation>
    </message>
    <message>
        <source>Other delimiter</source>
        <translation>Drugi razdjelnik</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Razdjelnik:</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>Prvi redak je &amp;zaglavlje</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Under each column name, choose what the column holds. Rows shown in red cannot be imported as they are; point at one to see why.</source>
        <translation>Ispod naziva svakog stupca odaberite što stupac sadrži. Retci prikazani crvenom bojom ne mogu se uvesti u ovom obliku; postavite pokazivač na neki od njih da biste vidjeli zašto.</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Pregled datoteke</translation>
    </message>
    <message>
        <source>When a contact already exists:</source>
        <translation>Kada kontakt već postoji:</translation>
    </message>
    <message>
        <source>&amp;Update it from the file</source>
        <translation>&amp;Ažuriraj ga iz datoteke</translation>
    </message>
    <message>
        <source>&amp;Skip it</source>
        <translation>&amp;Preskoči ga</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Kopiraj popis</translation>
    </message>
    <message>
        <source>Copies file, line and reason of every problem, one per line</source>
        <translation>Kopira datoteku, redak i razlog za svaki problem, jedan problem po retku</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Redak</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: nije moguće pročitati ({reason}).</translation>
    </message>
    <message>
        <source>{file}: {cards} contacts found, {problems} problems.</source>
        <translation>{file}: pronađeni kontakti: {cards}, problemi: {problems}.</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8 with BOM)</source>
        <translation>Unicode (UTF-8 s BOM-om)</translation>
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
        <translation>Srednjoeuropsko (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO-8859-2)</source>
        <translation>Srednjoeuropsko (ISO-8859-2)</translation>
    </message>
    <message>
        <source>Central European (DOS 852)</source>
        <translation>Srednjoeuropsko (DOS 852)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Zapadnoeuropsko (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>Zapadnoeuropsko (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Ćirilica (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-U)</source>
        <translation>Ćirilica (KOI8-U)</translation>
    </message>
    <message>
        <source>Cyrillic (ISO-8859-5)</source>
        <translation>Ćirilica (ISO-8859-5)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>Japansko (Shift-JIS)</translation>
    </message>
    <message>
        <source>{encoding} · detected</source>
        <translation>{encoding} · prepoznato</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Zarez (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Točka-zarez (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Okomita crta (|)</translation>
    </message>
    <message>
        <source>{delimiter} · detected</source>
        <translation>{delimiter} · prepoznato</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Drugi:</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Stupac {number}</translation>
    </message>
    <message>
        <source>Showing the first {rows} rows; numbers on the left are file lines.</source>
        <translation>Pregled prvih redaka: {rows}; brojevi lijevo su brojevi redaka u datoteci.</translation>
    </message>
    <message>
        <source>No rows to show: check the encoding and the delimiter.</source>
        <translation>Nema redaka za prikaz: provjerite kodiranje i razdjelnik.</translation>
    </message>
    <message>
        <source>SmallCRM export</source>
        <translation>Izvoz iz SmallCRM-a</translation>
    </message>
    <message>
        <source>Outlook (recognised by its column names)</source>
        <translation>Outlook (prepoznato po nazivima stupaca)</translation>
    </message>
    <message>
        <source>Google Contacts (recognised by its column names)</source>
        <translation>Google kontakti (prepoznato po nazivima stupaca)</translation>
    </message>
    <message>
        <source>Thunderbird (recognised by its column names)</source>
        <translation>Thunderbird (prepoznato po nazivima stupaca)</translation>
    </message>
    <message>
        <source>Not recognised: check how the columns are mapped</source>
        <translation>Nije prepoznato: provjerite kako su stupci pridruženi</translation>
    </message>
    <message>
        <source>ID: {key}</source>
        <translation>ID: {key}</translation>
    </message>
    <message>
        <source>Column {number} holds</source>
        <translation>Stupac {number} sadrži</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— zanemari —</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Osoba ili organizacija</translation>
    </message>
    <message>
        <source>Title (before the name)</source>
        <translation>Titula (ispred imena)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Srednje ime</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Prezime</translation>
    </message>
    <message>
        <source>Title (after the name)</source>
        <translation>Titula (iza imena)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Puno ime</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nadimak</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Odjel</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funkcija</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Rođendan</translation>
    </message>
    <message>
        <source>Birthday: year</source>
        <translation>Rođendan: godina</translation>
    </message>
    <message>
        <source>Birthday: month</source>
        <translation>Rođendan: mjesec</translation>
    </message>
    <message>
        <source>Birthday: day</source>
        <translation>Rođendan: dan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>E-mail 2</source>
        <translation>E-pošta 2</translation>
    </message>
    <message>
        <source>E-mail 3</source>
        <translation>E-pošta 3</translation>
    </message>
    <message>
        <source>E-mail (work)</source>
        <translation>E-pošta (posao)</translation>
    </message>
    <message>
        <source>E-mail (home)</source>
        <translation>E-pošta (privatno)</translation>
    </message>
    <message>
        <source>E-mail (other)</source>
        <translation>E-pošta (ostalo)</translation>
    </message>
    <message>
        <source>E-mail: label of the next</source>
        <translation>E-pošta: vrsta sljedeće</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation>Telefon (posao)</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>Telefon (kuća)</translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation>Telefon (mobitel)</translation>
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
        <translation>Telefon (ostalo)</translation>
    </message>
    <message>
        <source>Phone: label of the next</source>
        <translation>Telefon: vrsta sljedećeg</translation>
    </message>
    <message>
        <source>Address: label</source>
        <translation>Adresa: vrsta</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Web-stranica</translation>
    </message>
    <message>
        <source>Web page: label of the next</source>
        <translation>Web-stranica: vrsta sljedeće</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bilješke</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Oznake</translation>
    </message>
    <message>
        <source>Registry number (IČO, REGON …)</source>
        <translation>Matični broj (IČO, REGON …)</translation>
    </message>
    <message>
        <source>Tax number (DIČ, NIP …)</source>
        <translation>Porezni broj (DIČ, NIP …)</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>PDV identifikacijski broj</translation>
    </message>
    <message>
        <source>Unique id (UID)</source>
        <translation>Jedinstveni identifikator (UID)</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Poslovna adresa</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Kućna adresa</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Ostala adresa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>street</source>
        <translation>ulica</translation>
    </message>
    <message>
        <source>street, line 2</source>
        <translation>ulica, 2. redak</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>poštanski pretinac</translation>
    </message>
    <message>
        <source>city</source>
        <translation>grad</translation>
    </message>
    <message>
        <source>region</source>
        <translation>županija</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>poštanski broj</translation>
    </message>
    <message>
        <source>country</source>
        <translation>država</translation>
    </message>
    <message>
        <source>{address}: {part}</source>
        <translation>{address}: {part}</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Čitanje datoteke {file}</translation>
    </message>
    <message>
        <source>Saving {count} contacts…</source>
        <translation>Spremanje kontakata ({count})…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Uvoz je završen</translation>
    </message>
    <message>
        <source>{imported} new contacts imported, {updated} updated, {unchanged} already up to date.</source>
        <translation>Novi kontakti: {imported}, ažurirani: {updated}, već ažurni: {unchanged}.</translation>
    </message>
    <message>
        <source>{count} records were not imported or not imported whole. Each is listed with its file and line; the rest of each file was imported.</source>
        <translation>Zapisi koji nisu uvezeni ili nisu uvezeni u cijelosti: {count}. Svaki je naveden s datotekom i retkom; ostatak svake datoteke je uvezen.</translation>
    </message>
    <message>
        <source>Every record was read without a problem.</source>
        <translation>Svi su zapisi pročitani bez problema.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Poništavanje…</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Uvoz je poništen</translation>
    </message>
    <message>
        <source>The import was undone: {count} records were taken back.</source>
        <translation>Uvoz je poništen (uklonjeni zapisi: {count}).</translation>
    </message>
    <message>
        <source>The problems the import met are still listed below, for reference.</source>
        <translation>Problemi na koje je uvoz naišao i dalje su navedeni u nastavku, radi uvida.</translation>
    </message>
    <message>
        <source>The import did not run</source>
        <translation>Uvoz nije proveden</translation>
    </message>
    <message>
        <source>Nothing was changed. You can close this window and try again.</source>
        <translation>Ništa nije promijenjeno. Možete zatvoriti ovaj prozor i pokušati ponovno.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the work. The details are in the log file.</source>
        <translation>Rad je prekinula neočekivana pogreška. Pojedinosti su u datoteci zapisnika.</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard *.csv *.txt)</source>
        <translation>Datoteke kontakata (*.vcf *.vcard *.csv *.txt)</translation>
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
        <translation>Sve datoteke (*)</translation>
    </message>
</context>
<context>
    <name>MailAccountDialogBase</name>
    <message>
        <source>Save</source>
        <translation>Spremi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>I understand; connect without encryption</source>
        <translation>Razumijem; poveži se bez šifriranja</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;ziv:</translation>
    </message>
    <message>
        <source>leave empty to keep the saved one</source>
        <translation>ostavite prazno da zadržite spremljenu</translation>
    </message>
    <message>
        <source>Keep the password in memory until SmallCRM closes</source>
        <translation>Čuvaj lozinku u memoriji dok se SmallCRM ne zatvori</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testiraj vezu</translation>
    </message>
    <message>
        <source>&amp;Load folders</source>
        <translation>&amp;Učitaj mape</translation>
    </message>
    <message>
        <source>List the folders on the server</source>
        <translation>Prikaži mape na poslužitelju</translation>
    </message>
    <message>
        <source>&amp;Folders:</source>
        <translation>&amp;Mape:</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>Zadnjih</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mj.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Everything in the mailbox</source>
        <translation>Sve u poštanskom sandučiću</translation>
    </message>
    <message>
        <source>First sync reaches back:</source>
        <translation>Prva sinkronizacija obuhvaća:</translation>
    </message>
    <message>
        <source>All mail</source>
        <translation>Svu poštu</translation>
    </message>
    <message>
        <source>Every message in the chosen folders is kept and searchable here.</source>
        <translation>Svaka poruka iz odabranih mapa sprema se i ovdje ju je moguće pretraživati.</translation>
    </message>
    <message>
        <source>Only mail of contacts</source>
        <translation>Samo poštu s kontaktima</translation>
    </message>
    <message>
        <source>A message is kept only when a sender or recipient is in the address book; private and marketing mail stays on the server.</source>
        <translation>Poruka se sprema samo ako je pošiljatelj ili primatelj u adresaru; privatna i promidžbena pošta ostaje na poslužitelju.</translation>
    </message>
    <message>
        <source>Only mail filed on a matter</source>
        <translation>Samo poštu povezanu s predmetom</translation>
    </message>
    <message>
        <source>Only messages in a conversation already filed on a matter are kept; the rest is not stored.</source>
        <translation>Spremaju se samo poruke iz razgovora koji su već povezani s predmetom; ostalo se ne sprema.</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Spremaj:</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Svakih</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when I ask (Sync Mail Now)</source>
        <translation>Samo na zahtjev (Sinkroniziraj poštu sada)</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>Sinkronizacija:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Povezivanje…</translation>
    </message>
    <message>
        <source>I trust this certificate (fingerprint %1)</source>
        <translation>Vjerujem ovom certifikatu (otisak %1)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Compare its SHA-256 fingerprint with the one your mail provider or administrator gives you:
%1</source>
        <translation>Certifikat poslužitelja nije pouzdan. Usporedite njegov otisak SHA-256 s onim koji vam daje pružatelj usluge e-pošte ili administrator:
%1</translation>
    </message>
    <message>
        <source>The test failed unexpectedly; the log file has the details.</source>
        <translation>Test je neočekivano zakazao; pojedinosti su u datoteci zapisnika.</translation>
    </message>
    <message>
        <source>Saving failed unexpectedly; the log file has the details.</source>
        <translation>Spremanje je neočekivano zakazalo; pojedinosti su u datoteci zapisnika.</translation>
    </message>
    <message>
        <source>Type the account&apos;s password.</source>
        <translation>Upišite lozinku računa.</translation>
    </message>
    <message>
        <source>No secure password store works on this computer: tick “Keep the password in memory until SmallCRM closes”, or install a password store.</source>
        <translation>Na ovom računalu ne radi nijedno sigurno spremište lozinki: označite „Čuvaj lozinku u memoriji dok se SmallCRM ne zatvori” ili instalirajte spremište lozinki.</translation>
    </message>
</context>
<context>
    <name>MailAccountsDialog</name>
    <message>
        <source>Mail Accounts</source>
        <translation>Računi e-pošte</translation>
    </message>
    <message>
        <source>No mail accounts yet. Add one to see client mail on contacts and matters.</source>
        <translation>Još nema računa e-pošte. Dodajte račun da biste uz kontakte i predmete vidjeli poštu s klijentima.</translation>
    </message>
    <message>
        <source>Add &amp;IMAP Account…</source>
        <translation>Dodaj &amp;IMAP račun…</translation>
    </message>
    <message>
        <source>Add E&amp;xchange Account…</source>
        <translation>Dodaj E&amp;xchange račun…</translation>
    </message>
    <message>
        <source>A mailbox on the firm&apos;s own Microsoft Exchange Server (EWS)</source>
        <translation>Poštanski sandučić na vlastitom poslužitelju Microsoft Exchange Server ureda (EWS)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Uredi…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sinkroniziraj sada</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Ukloni…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>sinkronizacija u tijeku…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored</source>
        <translation>
            <numerusform>%n spremljena poruka</numerusform>
            <numerusform>%n spremljene poruke</numerusform>
            <numerusform>%n spremljenih poruka</numerusform>
        </translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>još nije sinkronizirano</translation>
    </message>
    <message>
        <source>%1 on Exchange %2</source>
        <translation>%1 na Exchange poslužitelju %2</translation>
    </message>
    <message>
        <source>Stop syncing “%1” and forget its password?

The messages already stored stay here, listed, searchable and filed as they are. Nothing is deleted on the server.</source>
        <translation>Prestati sinkronizirati „%1” i zaboraviti njegovu lozinku?

Već spremljene poruke ostaju ovdje: na popisima, u pretraživanju i uložene u predmete kakve jesu. Na poslužitelju se ništa ne briše.</translation>
    </message>
    <message>
        <source>Its calendar&apos;s events stay too, as this computer&apos;s events; changes to them no longer go to Exchange.</source>
        <translation>Ostaju i događaji njegova kalendara, kao događaji ovog računala; njihove promjene više ne idu u Exchange.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Ukloni račun</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
</context>
<context>
    <name>MailSync</name>
    <message>
        <source>no password</source>
        <translation>nema lozinke</translation>
    </message>
    <message>
        <source>sync failed unexpectedly</source>
        <translation>sinkronizacija je neočekivano zakazala</translation>
    </message>
    <message>
        <source>password refused</source>
        <translation>lozinka odbijena</translation>
    </message>
    <message>
        <source>server not reachable</source>
        <translation>poslužitelj nije dostupan</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>certifikat nije pouzdan</translation>
    </message>
    <message>
        <source>being synced elsewhere</source>
        <translation>sinkronizira se drugdje</translation>
    </message>
    <message>
        <source>server busy</source>
        <translation>poslužitelj je preopterećen</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar conflict(s)</source>
        <translation>
            <numerusform>%n sukob u kalendaru</numerusform>
            <numerusform>%n sukoba u kalendaru</numerusform>
            <numerusform>%n sukoba u kalendaru</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts to sync</source>
        <translation>Nema računa za sinkronizaciju</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Sinkroniziram %1…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 %3…</source>
        <translation>Sinkroniziram %1: %2 %3…</translation>
    </message>
    <message>
        <source>Mail (%1): %2</source>
        <translation>Pošta (%1): %2</translation>
    </message>
    <message>
        <source>Mail: %1</source>
        <translation>Pošta: %1</translation>
    </message>
    <message>
        <source> — next try %1</source>
        <translation> — sljedeći pokušaj u %1</translation>
    </message>
    <message>
        <source>Mail not synced yet</source>
        <translation>Pošta još nije sinkronizirana</translation>
    </message>
    <message>
        <source>Mail synced %1 — %2 new</source>
        <translation>Pošta sinkronizirana u %1 — novih: %2</translation>
    </message>
    <message>
        <source>, %1 not kept (privacy)</source>
        <translation>, nije spremljeno: %1 (privatnost)</translation>
    </message>
    <message>
        <source>Add a mail account in File › Mail Accounts…</source>
        <translation>Dodajte račun e-pošte u izborniku Datoteka › Računi e-pošte…</translation>
    </message>
    <message>
        <source>%1: last synced %2 %3 — %4 new, %5 not kept (privacy); %6 stored</source>
        <translation>%1: zadnja sinkronizacija %2 u %3 — novih: %4, nije spremljeno: %5 (privatnost); ukupno spremljeno: %6</translation>
    </message>
    <message>
        <source>%1: not synced yet</source>
        <translation>%1: još nije sinkronizirano</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Zadnja pogreška: %1</translation>
    </message>
    <message>
        <source>Next try %1</source>
        <translation>Sljedeći pokušaj u %1</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar change(s) wait for your decision</source>
        <translation>
            <numerusform>%n promjena u kalendaru čeka vašu odluku</numerusform>
            <numerusform>%n promjene u kalendaru čekaju vašu odluku</numerusform>
            <numerusform>%n promjena u kalendaru čeka vašu odluku</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncs only when you ask (F9)</source>
        <translation>Sinkronizira se samo na zahtjev (F9)</translation>
    </message>
</context>
<context>
    <name>MailView</name>
    <message>
        <source>Mail accounts</source>
        <translation>Računi e-pošte</translation>
    </message>
    <message>
        <source>No mail here</source>
        <translation>Ovdje nema pošte</translation>
    </message>
    <message>
        <source>Mail from the accounts you add appears here after the next sync.</source>
        <translation>Pošta s računa koje dodate pojavit će se ovdje nakon sljedeće sinkronizacije.</translation>
    </message>
    <message>
        <source>Mail with this person or on this matter appears here.</source>
        <translation>Ovdje se prikazuje pošta s ovom osobom ili o ovom predmetu.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Poruke</translation>
    </message>
    <message>
        <source>All mail</source>
        <translation>Sva pošta</translation>
    </message>
    <message>
        <source>{user} on {host}: {count} messages</source>
        <translation>{user} na {host} – broj poruka: {count}</translation>
    </message>
    <message>
        <source>see the log</source>
        <translation>pojedinosti su u zapisniku</translation>
    </message>
    <message>
        <source>The message cannot be shown: {reason}</source>
        <translation>Poruku nije moguće prikazati: {reason}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez naslova)</translation>
    </message>
    <message>
        <source>Not filed on a matter</source>
        <translation>Nije povezano s predmetom</translation>
    </message>
    <message>
        <source>Move to &amp;matter…</source>
        <translation>Premjesti u &amp;predmet…</translation>
    </message>
    <message>
        <source>File on &amp;matter…</source>
        <translation>Poveži s &amp;predmetom…</translation>
    </message>
    <message>
        <source>Parts of this message could not be read.</source>
        <translation>Dijelove ove poruke nije bilo moguće pročitati.</translation>
    </message>
    <message>
        <source>Remote images were blocked ({count}).</source>
        <translation>Udaljene slike su blokirane (broj: {count}).</translation>
    </message>
    <message>
        <source>— filed</source>
        <translation>— pohranjeno</translation>
    </message>
    <message>
        <source>Open the Mail section to file documents</source>
        <translation>Otvorite odjeljak Pošta za pohranu dokumenata</translation>
    </message>
    <message>
        <source>Pick a matter from the list.</source>
        <translation>Odaberite predmet s popisa.</translation>
    </message>
    <message>
        <source>Filed on the matter.</source>
        <translation>Povezano s predmetom.</translation>
    </message>
    <message>
        <source>Removed from the matter.</source>
        <translation>Uklonjeno iz predmeta.</translation>
    </message>
    <message>
        <source>Not filed: {reason}</source>
        <translation>Nije pohranjeno: {reason}</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Spremi privitak</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Spremljeno: {name}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nije spremljeno: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Filed as %n document(s).</source>
        <translation>
            <numerusform>Pohranjeno kao %n dokument.</numerusform>
            <numerusform>Pohranjeno kao %n dokumenta.</numerusform>
            <numerusform>Pohranjeno kao %n dokumenata.</numerusform>
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
        <source>New &amp;Matter</source>
        <translation>Novi &amp;predmet</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Uvezi kontakte…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>I&amp;zvezi kontakte…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicate Contacts…</source>
        <translation>Pronađi &amp;duplikate kontakata…</translation>
    </message>
    <message>
        <source>Mail &amp;Accounts…</source>
        <translation>&amp;Računi e-pošte…</translation>
    </message>
    <message>
        <source>&amp;Sync Mail Now</source>
        <translation>&amp;Sinkroniziraj poštu sada</translation>
    </message>
    <message>
        <source>Calendar &amp;Conflicts…</source>
        <translation>Su&amp;kobi u kalendaru…</translation>
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
        <source>&amp;Preferences…</source>
        <translation>P&amp;ostavke…</translation>
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
        <source>Review…</source>
        <translation>Pregledaj…</translation>
    </message>
    <message>
        <source>Calendar changes that wait for your decision</source>
        <translation>Promjene u kalendaru koje čekaju vašu odluku</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Radim…</translation>
    </message>
    <message>
        <source>Your changes are stored as version {number}.</source>
        <translation>Vaše su promjene spremljene kao verzija {number}.</translation>
    </message>
    <message>
        <source>Calendar &amp;Conflicts (%1)…</source>
        <translation>Su&amp;kobi u kalendaru (%1)…</translation>
    </message>
    <message>
        <source>Coming in a later version of SmallCRM.</source>
        <translation>Dolazi u jednoj od sljedećih verzija SmallCRM-a.</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Podebljano (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Kurziv (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Popis s oznakama</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numerirani popis</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, - list</source>
        <translation>Markdown: **podebljano**, *kurziv*, - popis</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pregled</translation>
    </message>
</context>
<context>
    <name>MatterFormDialog</name>
    <message>
        <source>New matter</source>
        <translation>Novi predmet</translation>
    </message>
    <message>
        <source>Edit {number}</source>
        <translation>Uredi {number}</translation>
    </message>
    <message>
        <source>e.g. Novák v. Dvořák, Tax return 2025</source>
        <translation>npr. Horvat protiv Babića, Porezna prijava 2025</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>Given automatically, like {example}</source>
        <translation>Dodjeljuje se automatski, npr. {example}</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>B&amp;roj:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klijent:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nijedna)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Faza:</translation>
    </message>
    <message>
        <source>Who in the firm answers for it</source>
        <translation>Tko u uredu za njega odgovara</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Odgovorna osoba:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>Ot&amp;voreno:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Nije zatvoreno</translation>
    </message>
    <message>
        <source>Cl&amp;osed:</source>
        <translation>&amp;Zatvoreno:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Bi&amp;lješke:</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter sprema, Esc odustaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spremi</translation>
    </message>
    <message>
        <source>Enter a title for the matter.</source>
        <translation>Unesite naziv predmeta.</translation>
    </message>
    <message>
        <source>The title is too long: at most {count} characters.</source>
        <translation>Naziv je predug: najviše {count} znakova.</translation>
    </message>
    <message>
        <source>The matter cannot close before it opens.</source>
        <translation>Predmet se ne može zatvoriti prije nego što je otvoren.</translation>
    </message>
    <message>
        <source>Pick the client from the list of names, or leave it empty.</source>
        <translation>Odaberite klijenta s popisa imena ili ostavite polje prazno.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Ispravite označena polja.</translation>
    </message>
    <message>
        <source>The number {number} is already used by another matter.</source>
        <translation>Broj {number} već ima drugi predmet.</translation>
    </message>
    <message>
        <source>The matter could not be saved; see the log.</source>
        <translation>Predmet nije bilo moguće spremiti; pojedinosti su u zapisniku.</translation>
    </message>
</context>
<context>
    <name>MatterPage</name>
    <message>
        <source>← &amp;Back to matters</source>
        <translation>← &amp;Natrag na predmete</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Natrag na popis (Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Uredi…</translation>
    </message>
    <message>
        <source>Change the title, number, stage, dates (F2)</source>
        <translation>Promijeni naziv, broj, fazu, datume (F2)</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Premjesti u &amp;koš</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Stranke</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Vremenska crta</translation>
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
        <source>Conflict check</source>
        <translation>Provjera sukoba interesa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bilješka</translation>
    </message>
    <message>
        <source>No parties yet. Add the client, the other side and anyone else involved.</source>
        <translation>Još nema stranaka. Dodajte klijenta, protivnu stranu i sve ostale sudionike.</translation>
    </message>
    <message>
        <source>&amp;Add party…</source>
        <translation>&amp;Dodaj stranku…</translation>
    </message>
    <message>
        <source>Open &amp;contact</source>
        <translation>Otvori &amp;kontakt</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Ukloni</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadatak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>No open tasks for this matter. Set a reminder below to follow it up.</source>
        <translation>Nema otvorenih zadataka za ovaj predmet. U nastavku postavite podsjetnik.</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Označi kao &amp;obavljeno</translation>
    </message>
    <message>
        <source>Remind me in</source>
        <translation>Podsjeti me za</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dana</translation>
    </message>
    <message>
        <source>Days until the reminder</source>
        <translation>Broj dana do podsjetnika</translation>
    </message>
    <message>
        <source>Set &amp;reminder</source>
        <translation>Postavi &amp;podsjetnik</translation>
    </message>
    <message>
        <source>&amp;Deadline calculator…</source>
        <translation>Kalkulator &amp;rokova…</translation>
    </message>
    <message>
        <source>Count a deadline from a date, skipping weekends and public holidays</source>
        <translation>Izračunaj rok od datuma, preskačući vikende i blagdane</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Stage: {stage} ({days})</source>
        <translation>Faza: {stage} ({days})</translation>
    </message>
    <message>
        <source>Responsible: {name}</source>
        <translation>Odgovorna osoba: {name}</translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation>Otvoreno {date}</translation>
    </message>
    <message>
        <source>Closed {date}</source>
        <translation>Zatvoreno {date}</translation>
    </message>
    <message>
        <source>{name} (in the trash)</source>
        <translation>{name} (u košu za smeće)</translation>
    </message>
    <message>
        <source>Parties ({count})</source>
        <translation>Stranke ({count})</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Podsjetnik</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Prekoračen rok</translation>
    </message>
    <message>
        <source>Tasks ({count})</source>
        <translation>Zadaci ({count})</translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation>Označeno kao obavljeno.</translation>
    </message>
    <message>
        <source>Follow up: {matter}</source>
        <translation>Javiti se: {matter}</translation>
    </message>
    <message>
        <source>Reminder set for {date}.</source>
        <translation>Podsjetnik postavljen za {date}.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the change. The details are in the log.</source>
        <translation>Promjenu je zaustavila neočekivana pogreška. Pojedinosti su u zapisniku.</translation>
    </message>
</context>
<context>
    <name>MatterPickDialog</name>
    <message>
        <source>File on matter</source>
        <translation>Poveži s predmetom</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Predmet:</translation>
    </message>
    <message>
        <source>The whole &amp;conversation ({count} messages)</source>
        <translation>Cijeli &amp;razgovor (poruka: {count})</translation>
    </message>
</context>
<context>
    <name>MatterSettingsDialog</name>
    <message>
        <source>Stages, types and numbers</source>
        <translation>Faze, vrste i brojevi</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Faze</translation>
    </message>
    <message>
        <source>Matter types</source>
        <translation>Vrste predmeta</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Brojevi</translation>
    </message>
    <message>
        <source>The board shows one column per stage, in this order. Intake stages come before the firm takes a matter on; closed and declined stages end it.</source>
        <translation>Ploča ima jedan stupac po fazi, ovim redom. Faze zaprimanja prethode preuzimanju predmeta; zatvorene i odbijene faze ga završavaju.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Prikaz</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naziv:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Stanje:</translation>
    </message>
    <message>
        <source>&amp;Save stage</source>
        <translation>&amp;Spremi fazu</translation>
    </message>
    <message>
        <source>&amp;New stage</source>
        <translation>Nova &amp;faza</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Pomakni &amp;gore</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Pomakni &amp;dolje</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arhiviraj</translation>
    </message>
    <message>
        <source>The kinds of work the firm does. An archived type is no longer offered; matters of that type keep it.</source>
        <translation>Vrste posla kojima se ured bavi. Arhivirana vrsta više se ne nudi; predmeti te vrste je zadržavaju.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Nazi&amp;v:</translation>
    </message>
    <message>
        <source>Save t&amp;ype</source>
        <translation>Spremi &amp;vrstu</translation>
    </message>
    <message>
        <source>New &amp;type</source>
        <translation>Nova v&amp;rsta</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arh&amp;iviraj</translation>
    </message>
    <message>
        <source>Number &amp;pattern:</source>
        <translation>&amp;Uzorak broja:</translation>
    </message>
    <message>
        <source>{year} is the year the matter opens (2026), {yy} its last two digits (26), {seq} the running number; {seq:04} writes it with four digits (0042). With the year in the pattern the running number starts anew each year. Numbers once given are never given again.</source>
        <translation>{year} je godina otvaranja predmeta (2026), {yy} njezine zadnje dvije znamenke (26), {seq} redni broj; {seq:04} ga piše s četiri znamenke (0042). Ako je u uzorku godina, redni broj svake godine kreće ispočetka. Jednom dodijeljeni brojevi nikad se ne dodjeljuju ponovno.</translation>
    </message>
    <message>
        <source>Save &amp;pattern</source>
        <translation>Spremi &amp;uzorak</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arhivirano</translation>
    </message>
    <message>
        <source>on the board</source>
        <translation>na ploči</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>nudi se</translation>
    </message>
    <message>
        <source>&amp;Restore to the board</source>
        <translation>&amp;Vrati na ploču</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Vr&amp;ati</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nova faza</translation>
    </message>
    <message>
        <source>New type</source>
        <translation>Nova vrsta</translation>
    </message>
    <message>
        <source>New matters will be numbered like {example}.</source>
        <translation>Novi predmeti dobit će brojeve poput {example}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Spremljeno.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the change. The details are in the log.</source>
        <translation>Promjenu je zaustavila neočekivana pogreška. Pojedinosti su u zapisniku.</translation>
    </message>
    <message>
        <source>Matters are still in this stage. Move them to another stage first, then archive it.</source>
        <translation>U ovoj fazi još ima predmeta. Najprije ih premjestite u drugu fazu, a zatim je arhivirajte.</translation>
    </message>
    <message>
        <source>There is already a stage of that name.</source>
        <translation>Faza s tim nazivom već postoji.</translation>
    </message>
    <message>
        <source>There is already a matter type of that name.</source>
        <translation>Vrsta predmeta s tim nazivom već postoji.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Unesite naziv.</translation>
    </message>
    <message>
        <source>The pattern needs {seq}, the running number; for example {year}/{seq:04}.</source>
        <translation>Uzorak mora sadržavati {seq}, redni broj; na primjer {year}/{seq:04}.</translation>
    </message>
    <message>
        <source>The pattern has a placeholder SmallCRM does not know. Use {year}, {yy} and {seq} (or {seq:04} for four digits).</source>
        <translation>Uzorak sadrži oznaku koju SmallCRM ne poznaje. Koristite {year}, {yy} i {seq} (ili {seq:04} za četiri znamenke).</translation>
    </message>
</context>
<context>
    <name>MatterTexts</name>
    <message>
        <source>Inquiry</source>
        <translation>Upit</translation>
    </message>
    <message>
        <source>Conflict check</source>
        <translation>Provjera sukoba interesa</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Preuzeto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>U tijeku</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zatvoreno</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odbijeno</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>Parnica</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Savjetovanje</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Ugovor</translation>
    </message>
    <message>
        <source>Tax return</source>
        <translation>Porezna prijava</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Revizija</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Obračun plaća</translation>
    </message>
    <message>
        <source>Bookkeeping</source>
        <translation>Knjigovodstvo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klijent</translation>
    </message>
    <message>
        <source>Opposing party</source>
        <translation>Protivna strana</translation>
    </message>
    <message>
        <source>Opposing counsel</source>
        <translation>Odvjetnik protivne strane</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Svjedok</translation>
    </message>
    <message>
        <source>Court or authority</source>
        <translation>Sud ili tijelo</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Povezano</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Zaprimanje</translation>
    </message>
    <message>
        <source>today</source>
        <translation>danas</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dan</numerusform>
            <numerusform>%n dana</numerusform>
            <numerusform>%n dana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MattersTableModel</name>
    <message>
        <source>Number</source>
        <translation>Broj</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klijent</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Odgovorna osoba</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otvoreno</translation>
    </message>
</context>
<context>
    <name>MattersView</name>
    <message>
        <source>No matters yet</source>
        <translation>Još nema predmeta</translation>
    </message>
    <message>
        <source>Open a matter for each case or engagement: its parties, timeline, tasks and documents stay together.</source>
        <translation>Otvorite predmet za svaki slučaj ili angažman: njegove stranke, vremenska crta, zadaci i dokumenti ostaju na jednom mjestu.</translation>
    </message>
    <message>
        <source>New matter: Ctrl+Shift+N</source>
        <translation>Novi predmet: Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>No matching matters</source>
        <translation>Nema odgovarajućih predmeta</translation>
    </message>
    <message>
        <source>Try other filters or fewer words.</source>
        <translation>Pokušajte s drugim filtrima ili manje riječi.</translation>
    </message>
    <message>
        <source>Loading matters…</source>
        <translation>Učitavanje predmeta…</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Predmeti</translation>
    </message>
    <message>
        <source>Filter by number, title or party</source>
        <translation>Filtriraj po broju, nazivu ili stranci</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtar</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Ploča</translation>
    </message>
    <message>
        <source>Switch between the list and the board (Ctrl+Shift+B)</source>
        <translation>Prebaci između popisa i ploče (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Stages and types…</source>
        <translation>Faze i vrste…</translation>
    </message>
    <message>
        <source>Edit the pipeline&apos;s stages, the matter types and the number pattern</source>
        <translation>Uredi faze, vrste predmeta i uzorak brojeva</translation>
    </message>
    <message>
        <source>New matter</source>
        <translation>Novi predmet</translation>
    </message>
    <message>
        <source>Open a new matter (Ctrl+Shift+N)</source>
        <translation>Otvori novi predmet (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Open matters, or one phase</source>
        <translation>Otvoreni predmeti ili jedno stanje</translation>
    </message>
    <message>
        <source>All matters</source>
        <translation>Svi predmeti</translation>
    </message>
    <message>
        <source>Open matters</source>
        <translation>Otvoreni predmeti</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Zaprimanje</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Preuzeti</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zatvoreni</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odbijeni</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Show only matters in this stage</source>
        <translation>Prikaži samo predmete u ovoj fazi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Show only matters of this type</source>
        <translation>Prikaži samo predmete ove vrste</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Odgovorna osoba</translation>
    </message>
    <message>
        <source>Show only the matters this person answers for</source>
        <translation>Prikaži samo predmete za koje ova osoba odgovara</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Sve faze</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Sve vrste</translation>
    </message>
    <message>
        <source>Anyone responsible</source>
        <translation>Bilo koja odgovorna osoba</translation>
    </message>
    <message>
        <source>Could not load the matters.</source>
        <translation>Predmete nije bilo moguće učitati.</translation>
    </message>
    <message>
        <source>{shown} of {total} matters</source>
        <translation>{shown} od {total} predmeta</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matters</source>
        <translation>
            <numerusform>%Ln predmet</numerusform>
            <numerusform>%Ln predmeta</numerusform>
            <numerusform>%Ln predmeta</numerusform>
        </translation>
    </message>
    <message>
        <source>That matter is no longer there.</source>
        <translation>Tog predmeta više nema.</translation>
    </message>
    <message>
        <source>Moved to {stage}.</source>
        <translation>Premješteno u fazu {stage}.</translation>
    </message>
    <message numerus="yes">
        <source>Filed %n message(s) on the matter.</source>
        <translation>
            <numerusform>S predmetom je povezana %n poruka.</numerusform>
            <numerusform>S predmetom su povezane %n poruke.</numerusform>
            <numerusform>S predmetom je povezano %n poruka.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n matter(s) to the trash</source>
        <translation>
            <numerusform>%n predmet premješten u koš za smeće</numerusform>
            <numerusform>%n predmeta premještena u koš za smeće</numerusform>
            <numerusform>%n predmeta premješteno u koš za smeće</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n matter(s) from the trash</source>
        <translation>
            <numerusform>%n predmet vraćen iz koša za smeće</numerusform>
            <numerusform>%n predmeta vraćena iz koša za smeće</numerusform>
            <numerusform>%n predmeta vraćeno iz koša za smeće</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>To nije uspjelo; pojedinosti su u zapisniku.</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>To nije uspjelo: {reason}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>Spajanje kontakata</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation>Spajanje organizacija</translation>
    </message>
    <message>
        <source>Merge two organisations into one</source>
        <translation>Spoji dvije organizacije u jednu</translation>
    </message>
    <message>
        <source>Merge two contacts into one</source>
        <translation>Spoji dva kontakta u jedan</translation>
    </message>
    <message>
        <source>Where the two differ, choose the value to keep. E-mails, phones, addresses, web links and tags of both are all kept, and everyone working at either one works at the one kept. The merge can be undone.</source>
        <translation>Gdje se zapisi razlikuju, odaberite vrijednost koju želite zadržati. E-pošta, telefoni, adrese, web-poveznice i oznake obaju zapisa zadržavaju se u cijelosti, a svi koji rade u bilo kojoj od njih radit će u zadržanoj. Spajanje se može poništiti.</translation>
    </message>
    <message>
        <source>Where the two differ, choose the value to keep. E-mails, phones, addresses, web links, tags and relations of both are all kept. The merge can be undone.</source>
        <translation>Gdje se zapisi razlikuju, odaberite vrijednost koju želite zadržati. E-pošta, telefoni, adrese, web-poveznice, oznake i veze obaju zapisa zadržavaju se u cijelosti. Spajanje se može poništiti.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Spoji</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>Reading both organisations…</source>
        <translation>Učitavanje obiju organizacija…</translation>
    </message>
    <message>
        <source>Reading both contacts…</source>
        <translation>Učitavanje obaju kontakata…</translation>
    </message>
    <message>
        <source>The two organisations could not be read: {reason}</source>
        <translation>Organizacije nije moguće učitati: {reason}</translation>
    </message>
    <message>
        <source>The two contacts could not be read: {reason}</source>
        <translation>Kontakte nije moguće učitati: {reason}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titula</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Srednje ime</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Prezime</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Titula iza imena</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Prikazno ime</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nadimak</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funkcija</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Odjel</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Rođendan</translation>
    </message>
    <message>
        <source>Personal ID</source>
        <translation>Osobni broj</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bilješke</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotografija</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Pravni oblik</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>Matični broj</translation>
    </message>
    <message>
        <source>Tax no.</source>
        <translation>Porezni broj</translation>
    </message>
    <message>
        <source>(a photo that cannot be shown)</source>
        <translation>(fotografiju nije moguće prikazati)</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Zadrži:</translation>
    </message>
    <message>
        <source>{name} (no. {id})</source>
        <translation>{name} (br. {id})</translation>
    </message>
    <message>
        <source>This record stays; the other one is merged into it and removed.</source>
        <translation>Ovaj zapis ostaje; drugi se spaja u njega i uklanja.</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Zadrži {name}</translation>
    </message>
    <message>
        <source>Kept from both</source>
        <translation>Zadržano iz obaju</translation>
    </message>
    <message>
        <source>This photo</source>
        <translation>Ova fotografija</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Oznake</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Veze</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osobe</translation>
    </message>
    <message>
        <source>Neither has e-mails, phones, addresses or tags.</source>
        <translation>Nijedan nema e-poštu, telefone, adrese ni oznake.</translation>
    </message>
    <message>
        <source>· from the other record</source>
        <translation>· iz drugog zapisa</translation>
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
        <translation>radi u organizaciji {organization}</translation>
    </message>
    <message>
        <source>{role}: {person}</source>
        <translation>{role}: {person}</translation>
    </message>
    <message>
        <source>related to {person}</source>
        <translation>veza s osobom {person}</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Spajanje…</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>neočekivana pogreška</translation>
    </message>
    <message>
        <source>The merge did not happen ({reason}). Nothing was changed.</source>
        <translation>Spajanje nije provedeno ({reason}). Ništa nije promijenjeno.</translation>
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
        <translation>Za:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Kopija:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mapa:</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>Predmet:</translation>
    </message>
    <message>
        <source>Deleted on the server: the copy kept here stays until you remove it.</source>
        <translation>Izbrisano na poslužitelju: ovdje spremljena kopija ostaje dok je ne uklonite.</translation>
    </message>
    <message>
        <source>File on &amp;matter…</source>
        <translation>Poveži s &amp;predmetom…</translation>
    </message>
    <message>
        <source>&amp;Remove from matter</source>
        <translation>&amp;Ukloni iz predmeta</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Privici</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Spremi &amp;kao…</translation>
    </message>
    <message>
        <source>File as &amp;document</source>
        <translation>Pohrani kao &amp;dokument</translation>
    </message>
    <message>
        <source>Show for this &amp;message</source>
        <translation>P&amp;rikaži u ovoj poruci</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Razgovor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Poruka</translation>
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
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(nepoznato)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez naslova)</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>nepročitano</translation>
    </message>
    <message>
        <source>with attachments</source>
        <translation>s privicima</translation>
    </message>
</context>
<context>
    <name>OrganizationView</name>
    <message>
        <source>← &amp;Back to contacts</source>
        <translation>← &amp;Natrag na kontakte</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Natrag na popis (Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Uredi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
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
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osobe</translation>
    </message>
    <message>
        <source>&amp;Remind me</source>
        <translation>&amp;Podsjeti me</translation>
    </message>
    <message>
        <source>Remind me to follow up in a few days</source>
        <translation>Podsjeti me za nekoliko dana</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Vremenska crta</translation>
    </message>
    <message>
        <source>No people are linked to this organisation yet.</source>
        <translation>S ovom organizacijom još nisu povezane nikakve osobe.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Registry no. {n}</source>
        <translation>Matični broj {n}</translation>
    </message>
    <message>
        <source>Tax no. {n}</source>
        <translation>Porezni broj {n}</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Identifikacijski brojevi</translation>
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
        <source>Matters</source>
        <translation>Predmeti</translation>
    </message>
    <message numerus="yes">
        <source>People (%n)</source>
        <translation>
            <numerusform>Osobe (%n)</numerusform>
            <numerusform>Osobe (%n)</numerusform>
            <numerusform>Osobe (%n)</numerusform>
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
        <translation>Dodaj stranku</translation>
    </message>
    <message>
        <source>Start typing a person&apos;s or organisation&apos;s name</source>
        <translation>Počnite upisivati ime osobe ili naziv organizacije</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Tko:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Uloga:</translation>
    </message>
    <message>
        <source>Optional, e.g. represented by</source>
        <translation>Neobavezno, npr. koga zastupa</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Bilješka:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Pick the person or organisation from the list of names.</source>
        <translation>Odaberite osobu ili organizaciju s popisa imena.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Mail Password</source>
        <translation>Lozinka e-pošte</translation>
    </message>
    <message>
        <source>SmallCRM needs the password of the mail account “%1” to sync it.</source>
        <translation>Za sinkronizaciju računa e-pošte „%1” SmallCRM treba lozinku.</translation>
    </message>
    <message>
        <source>Save it in the system password store</source>
        <translation>Spremi u spremište lozinki sustava</translation>
    </message>
    <message>
        <source>Otherwise it is kept in memory only, until SmallCRM closes.</source>
        <translation>Inače se čuva samo u memoriji, dok se SmallCRM ne zatvori.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkroniziraj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Type a name to add someone</source>
        <translation>Upišite ime da dodate osobu</translation>
    </message>
    <message>
        <source>Add a person or organisation</source>
        <translation>Dodaj osobu ili organizaciju</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Ukloni {name}</translation>
    </message>
</context>
<context>
    <name>PickDateDialog</name>
    <message>
        <source>Remind me on</source>
        <translation>Podsjeti me na dan</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>Move to the &amp;previous stage</source>
        <translation>Premjesti u &amp;prethodnu fazu</translation>
    </message>
    <message>
        <source>Move to the &amp;next stage</source>
        <translation>Premjesti u &amp;sljedeću fazu</translation>
    </message>
    <message>
        <source>&amp;Move to stage</source>
        <translation>Premjesti u &amp;fazu</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Postavke</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>Zadana &amp;država:</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as this country&apos;s, and its numbers are shown in the national format.</source>
        <translation>Telefonski brojevi upisani bez pozivnog broja države smatraju se brojevima ove države, a njezini se brojevi prikazuju u nacionalnom formatu.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Jezik sučelja:</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Primjenjuje se pri sljedećem pokretanju.</translation>
    </message>
    <message>
        <source>System ({zone})</source>
        <translation>Prema sustavu ({zone})</translation>
    </message>
    <message>
        <source>Calendar time &amp;zone:</source>
        <translation>&amp;Vremenska zona kalendara:</translation>
    </message>
    <message>
        <source>Events are shown in this zone; each keeps its own. Takes effect at the next start.</source>
        <translation>Događaji se prikazuju u ovoj zoni; svaki zadržava svoju. Primjenjuje se pri sljedećem pokretanju.</translation>
    </message>
    <message>
        <source>For everyone using this database</source>
        <translation>Za sve koji koriste ovu bazu podataka</translation>
    </message>
    <message>
        <source>&amp;Alphabet of name lists:</source>
        <translation>&amp;Abeceda popisa imena:</translation>
    </message>
    <message>
        <source>Č after C, CH after H in Czech; Ł after L in Polish.</source>
        <translation>U češkom Č iza C i CH iza H; u poljskom Ł iza L.</translation>
    </message>
    <message>
        <source>each workstation&apos;s own profile folder</source>
        <translation>vlastita mapa profila na svakom računalu</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pregledaj…</translation>
    </message>
    <message>
        <source>&amp;Documents folder:</source>
        <translation>&amp;Mapa dokumenata:</translation>
    </message>
    <message>
        <source>With a shared database, a folder every workstation reaches by the same path (a network share). Files stored before stay where they are.</source>
        <translation>Uz zajedničku bazu podataka, mapa do koje svako računalo dolazi istim putem (mrežni dijeljeni resurs). Ranije spremljene datoteke ostaju gdje jesu.</translation>
    </message>
    <message>
        <source>Documents folder</source>
        <translation>Mapa dokumenata</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Češka</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovačka</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Poljska</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Hrvatska</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukrajina</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austrija</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Njemačka</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Mađarska</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovenija</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumunjska</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Ujedinjeno Kraljevstvo</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irska</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Prema sustavu ({language})</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <source>same e-mail {email}</source>
        <translation>ista e-pošta {email}</translation>
    </message>
    <message>
        <source>but different e-mails</source>
        <translation>ali različite adrese e-pošte</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>isti telefon {phone}</translation>
    </message>
    <message>
        <source>but different phones</source>
        <translation>ali različiti telefoni</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>isto ime</translation>
    </message>
    <message>
        <source>similar names ({percent} %)</source>
        <translation>slična imena ({percent} %)</translation>
    </message>
    <message>
        <source>but different names</source>
        <translation>ali različita imena</translation>
    </message>
    <message>
        <source>same organisation {name}</source>
        <translation>ista organizacija {name}</translation>
    </message>
    <message>
        <source>same birthday {date}</source>
        <translation>isti rođendan {date}</translation>
    </message>
    <message>
        <source>but different birthdays {dates}</source>
        <translation>ali različiti rođendani {dates}</translation>
    </message>
    <message>
        <source>same registry number {number}</source>
        <translation>isti matični broj {number}</translation>
    </message>
    <message>
        <source>but different registry numbers {numbers}</source>
        <translation>ali različiti matični brojevi {numbers}</translation>
    </message>
    <message>
        <source>but different countries {countries}</source>
        <translation>ali različite države {countries}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Ispravite označena polja.</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>Start typing a name</source>
        <translation>Počnite upisivati ime</translation>
    </message>
    <message>
        <source>person</source>
        <translation>osoba</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizacija</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Change relation</source>
        <translation>Promijeni vezu</translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation>Dodaj vezu</translation>
    </message>
    <message>
        <source>&amp;Work at an organisation</source>
        <translation>&amp;Zaposlenje u organizaciji</translation>
    </message>
    <message>
        <source>Tie to a &amp;person</source>
        <translation>&amp;Veza s osobom</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Vrsta:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Uloga:</translation>
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
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Date not known</source>
        <translation>Datum nije poznat</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>O&amp;soba:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganizacija:</translation>
    </message>
    <message>
        <source>Start typing a name</source>
        <translation>Počnite upisivati ime</translation>
    </message>
    <message>
        <source>Pick one or type a new name</source>
        <translation>Odaberite s popisa ili upišite novi naziv</translation>
    </message>
    <message>
        <source>e.g. spouse, assistant, colleague</source>
        <translation>npr. supružnik, asistent, kolega</translation>
    </message>
    <message>
        <source>e.g. Partner, Tax advisor</source>
        <translation>npr. partner, porezni savjetnik</translation>
    </message>
    <message>
        <source>“{name}” is not in the address book yet; it will be created.</source>
        <translation>Organizacija „{name}“ još nije u adresaru; bit će stvorena.</translation>
    </message>
    <message>
        <source>No person of that name.</source>
        <translation>Nema osobe s tim imenom.</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>Odaberite osobu.</translation>
    </message>
    <message>
        <source>Choose or name the organisation.</source>
        <translation>Odaberite organizaciju ili upišite njezin naziv.</translation>
    </message>
    <message>
        <source>The relation cannot end before it begins.</source>
        <translation>Veza ne može završiti prije nego što počne.</translation>
    </message>
    <message>
        <source>Pick the person from the list of names.</source>
        <translation>Odaberite osobu s popisa imena.</translation>
    </message>
</context>
<context>
    <name>RelationsEditor</name>
    <message>
        <source>Relations</source>
        <translation>Veze</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Razdoblje</translation>
    </message>
    <message>
        <source>Add relat&amp;ion…</source>
        <translation>&amp;Dodaj vezu…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Promijeni…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Ukloni</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Zaposlenje</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osobe</translation>
    </message>
    <message>
        <source>Recorded on {name}&apos;s card.</source>
        <translation>Upisano na kartici kontakta {name}.</translation>
    </message>
    <message>
        <source>In the trash.</source>
        <translation>U košu za smeće.</translation>
    </message>
    <message>
        <source>Ended.</source>
        <translation>Završeno.</translation>
    </message>
    <message>
        <source>No work or personal relations recorded yet.</source>
        <translation>Još nisu upisane poslovne ni osobne veze.</translation>
    </message>
    <message>
        <source>Save the person first, then add relations.</source>
        <translation>Najprije spremite osobu, a zatim dodajte veze.</translation>
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
        <translation>Promjenu je prekinula neočekivana pogreška. Pojedinosti su u zapisniku.</translation>
    </message>
</context>
<context>
    <name>RemindMenu</name>
    <message>
        <source>On a date…</source>
        <translation>Na određeni dan…</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Sutra</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Za tjedan dana</translation>
    </message>
    <message>
        <source>In two weeks</source>
        <translation>Za dva tjedna</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>Za %n dan</numerusform>
            <numerusform>Za %n dana</numerusform>
            <numerusform>Za %n dana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (i još %n)</numerusform>
            <numerusform> (i još %n)</numerusform>
            <numerusform> (i još %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>SmallCRM reminder</source>
        <translation>Podsjetnik SmallCRM-a</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Podsjetnici</translation>
    </message>
    <message>
        <source>Due reminders</source>
        <translation>Podsjetnici na redu</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>&amp;Snooze 10 minutes</source>
        <translation>O&amp;dgodi 10 minuta</translation>
    </message>
    <message>
        <source>&amp;Dismiss all</source>
        <translation>Odbaci &amp;sve</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n podsjetnik na redu</numerusform>
            <numerusform>%n podsjetnika na redu</numerusform>
            <numerusform>%n podsjetnika na redu</numerusform>
        </translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadatak</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Događaj</translation>
    </message>
    <message>
        <source>(missed while SmallCRM was closed)</source>
        <translation>(propušteno dok je SmallCRM bio zatvoren)</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>People</source>
        <translation>Osobe</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacije</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Predmeti</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Aktivnosti i bilješke</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadaci</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Događaji</translation>
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
        <source>Search results</source>
        <translation>Rezultati pretraživanja</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Pretraživanje nije uspjelo: {reason}</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ odabir, Enter otvara, Esc zatvara</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Za „{text}” nije ništa pronađeno.</translation>
    </message>
</context>
<context>
    <name>StageChart</name>
    <message>
        <source>Matters by stage</source>
        <translation>Predmeti po fazama</translation>
    </message>
    <message numerus="yes">
        <source>{stage}: %n open matter(s). Click to list them.</source>
        <translation>
            <numerusform>{stage}: %n otvoreni predmet. Kliknite za popis.</numerusform>
            <numerusform>{stage}: %n otvorena predmeta. Kliknite za popis.</numerusform>
            <numerusform>{stage}: %n otvorenih predmeta. Kliknite za popis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <source>%n more in the list view</source>
        <translation>
            <numerusform>još %n na popisu</numerusform>
            <numerusform>još %n na popisu</numerusform>
            <numerusform>još %n na popisu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Every day</source>
        <translation>Svaki dan</translation>
    </message>
    <message>
        <source>Every working day (Mon–Fri)</source>
        <translation>Svaki radni dan (pon.–pet.)</translation>
    </message>
    <message>
        <source>Every week on this weekday</source>
        <translation>Svaki tjedan na isti dan u tjednu</translation>
    </message>
    <message>
        <source>Every month on this day</source>
        <translation>Svaki mjesec na isti dan</translation>
    </message>
    <message>
        <source>Last working day of every month</source>
        <translation>Zadnji radni dan svakog mjeseca</translation>
    </message>
    <message>
        <source>Every year on this date</source>
        <translation>Svake godine na isti datum</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Novi zadatak</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Uredi zadatak</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Što treba učiniti</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Naslov:</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Rok</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Datum roka</translation>
    </message>
    <message>
        <source>at</source>
        <translation>u</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Vrijeme roka</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Kada:</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Visok</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalan</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Nizak</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvoreno</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotovo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Pr&amp;ioritet:</translation>
    </message>
    <message>
        <source>Who does it (optional)</source>
        <translation>Tko to radi (neobavezno)</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Zadužena osoba:</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Bez podsjetnika</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>U vrijeme roka</translation>
    </message>
    <message>
        <source>Before the due time</source>
        <translation>Prije roka</translation>
    </message>
    <message>
        <source>How long before</source>
        <translation>Koliko prije</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>sati</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dani</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>Po&amp;dsjetnik:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne ponavlja se</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)…</source>
        <translation>Prilagođeno pravilo (RRULE)…</translation>
    </message>
    <message>
        <source>Repetition rule</source>
        <translation>Pravilo ponavljanja</translation>
    </message>
    <message>
        <source>R&amp;epeats:</source>
        <translation>Ponavl&amp;janje:</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Bez predmeta</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Predmet:</translation>
    </message>
    <message>
        <source>Peop&amp;le:</source>
        <translation>&amp;Osobe:</translation>
    </message>
    <message>
        <source>Details, links, what was agreed</source>
        <translation>Pojedinosti, poveznice, dogovoreno</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Bilješke:</translation>
    </message>
    <message>
        <source>Without a time, the reminder counts from 09:00 of the due day.</source>
        <translation>Bez vremena podsjetnik se računa od 09:00 na dan roka.</translation>
    </message>
    <message>
        <source>Type a rule, e.g. FREQ=WEEKLY;INTERVAL=2.</source>
        <translation>Upišite pravilo, npr. FREQ=WEEKLY;INTERVAL=2.</translation>
    </message>
    <message>
        <source>A repeating task needs a due date to repeat from.</source>
        <translation>Ponavljajući zadatak treba rok od kojeg će se ponavljati.</translation>
    </message>
    <message>
        <source>The rule has no day after the due date.</source>
        <translation>Pravilo ne daje nijedan dan nakon roka.</translation>
    </message>
    <message>
        <source>Next: {days}</source>
        <translation>Sljedeći: {days}</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Zadatak mora imati naslov.</translation>
    </message>
    <message>
        <source>It could not be saved; see the log.</source>
        <translation>Nije spremljeno; pogledajte zapisnik.</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Task lists</source>
        <translation>Popisi zadataka</translation>
    </message>
    <message>
        <source>Type a task above and press Enter.</source>
        <translation>Upišite zadatak gore i pritisnite Enter.</translation>
    </message>
    <message>
        <source>Loading tasks…</source>
        <translation>Učitavanje zadataka…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadaci</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Novi zadatak…</translation>
    </message>
    <message>
        <source>A task with every detail: reminder, repetition, people</source>
        <translation>Zadatak sa svim pojedinostima: podsjetnik, ponavljanje, osobe</translation>
    </message>
    <message>
        <source>Add a task: “Call Novák tomorrow 14:00 !high #2026/0042”, then Enter</source>
        <translation>Dodajte zadatak: „Nazvati Horvata sutra 14:00 !high #2026/0042”, zatim Enter</translation>
    </message>
    <message>
        <source>Quick add</source>
        <translation>Brzo dodavanje</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotovo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadatak</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osobe</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Danas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Prekoračen rok</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadolazeći</translation>
    </message>
    <message>
        <source>By matter</source>
        <translation>Po predmetima</translation>
    </message>
    <message>
        <source>The tasks could not be loaded.</source>
        <translation>Zadatke nije bilo moguće učitati.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Ništa za danas</translation>
    </message>
    <message>
        <source>Tasks due today will be listed here.</source>
        <translation>Ovdje će se prikazati zadaci s rokom danas.</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Ništa ne kasni</translation>
    </message>
    <message>
        <source>Every task is on time. Tasks past their due day show here, in red.</source>
        <translation>Svi su zadaci u roku. Zadaci kojima je prošao rok prikazuju se ovdje crvenom bojom.</translation>
    </message>
    <message>
        <source>Nothing coming up</source>
        <translation>Nema nadolazećih zadataka</translation>
    </message>
    <message>
        <source>Tasks due after today will be listed here.</source>
        <translation>Ovdje će se prikazati zadaci s rokom nakon današnjeg dana.</translation>
    </message>
    <message>
        <source>No open tasks</source>
        <translation>Nema otvorenih zadataka</translation>
    </message>
    <message>
        <source>Open tasks will be listed here, grouped by the matter they belong to.</source>
        <translation>Ovdje će se prikazati otvoreni zadaci, grupirani po predmetima kojima pripadaju.</translation>
    </message>
    <message>
        <source>Nothing done yet</source>
        <translation>Još ništa nije obavljeno</translation>
    </message>
    <message>
        <source>Tasks you mark done are listed here and filed on the timeline.</source>
        <translation>Ovdje se prikazuju zadaci označeni kao obavljeni; bilježe se i na vremenskoj crti.</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Bez predmeta</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n zadatak</numerusform>
            <numerusform>%n zadatka</numerusform>
            <numerusform>%n zadataka</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the matter</source>
        <translation>Dvaput kliknite za otvaranje predmeta</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Sutra</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Jučer</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Ponovno otvori</translation>
    </message>
    <message>
        <source>Mark done (Space)</source>
        <translation>Označi kao obavljeno (razmaknica)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvoreno</translation>
    </message>
    <message>
        <source>Assignee: {name}</source>
        <translation>Zadužena osoba: {name}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>Repeats: {rule}</source>
        <translation>Ponavljanje: {rule}</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Visok</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Nizak</translation>
    </message>
    <message>
        <source>Ctrl+PgUp / Ctrl+PgDown to switch lists</source>
        <translation>Ctrl+PgUp / Ctrl+PgDown mijenja popis</translation>
    </message>
    <message>
        <source>Understood: today, tomorrow, weekdays, 15.3., 14:00, !high, !low, #matter number, @name</source>
        <translation>Prepoznaje se: danas, sutra, dani u tjednu na engleskom (npr. friday), 15.3., 14:00, !high, !low, #broj predmeta, @ime</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(još bez naslova)</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Bez roka</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Visok prioritet</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Nizak prioritet</translation>
    </message>
    <message>
        <source>with {people}</source>
        <translation>s {people}</translation>
    </message>
    <message>
        <source>no matter numbered {number}</source>
        <translation>nema predmeta s brojem {number}</translation>
    </message>
    <message>
        <source>Enter adds: {task}</source>
        <translation>Enter dodaje: {task}</translation>
    </message>
    <message>
        <source>Type what is to be done first.</source>
        <translation>Najprije upišite što treba učiniti.</translation>
    </message>
    <message>
        <source>Added “{title}”.</source>
        <translation>Dodano: „{title}”.</translation>
    </message>
    <message>
        <source>Marked “{title}” done.</source>
        <translation>„{title}” označeno je kao obavljeno.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n task(s) done.</source>
        <translation>
            <numerusform>%n zadatak označen je kao obavljen.</numerusform>
            <numerusform>%n zadatka označena su kao obavljena.</numerusform>
            <numerusform>%n zadataka označeno je kao obavljeno.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next one is on the list.</source>
        <translation>Sljedeći je već na popisu.</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n task(s).</source>
        <translation>
            <numerusform>Ponovno je otvoren %n zadatak.</numerusform>
            <numerusform>Ponovno su otvorena %n zadatka.</numerusform>
            <numerusform>Ponovno je otvoreno %n zadataka.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n task(s) to the trash.</source>
        <translation>
            <numerusform>U koš za smeće premješten je %n zadatak.</numerusform>
            <numerusform>U koš za smeće premještena su %n zadatka.</numerusform>
            <numerusform>U koš za smeće premješteno je %n zadataka.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task was removed again.</source>
        <translation>Dodavanje zadatka je poništeno.</translation>
    </message>
    <message>
        <source>Open again; taken off the timeline.</source>
        <translation>Ponovno otvoreno; uklonjeno s vremenske crte.</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Vraćeno iz koša.</translation>
    </message>
    <message>
        <source>Open the matter</source>
        <translation>Otvori predmet</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Uredi…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Označi kao &amp;obavljeno</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Ponovno otvori</translation>
    </message>
    <message>
        <source>Open matter {number}</source>
        <translation>Otvori predmet {number}</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Otvori {name}</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Premjesti u &amp;koš</translation>
    </message>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>To nije uspjelo; pojedinosti su u zapisniku.</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>To nije uspjelo: {reason}</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Incoming call</source>
        <translation>Dolazni poziv</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Odlazni poziv</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Dolazni</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Odlazni</translation>
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
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>matter {number}</source>
        <translation>predmet {number}</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Danas {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Jučer {time}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Call</source>
        <translation>Poziv</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sastanak</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bilješka</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Završen zadatak</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Promjena faze</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Vremenska crta</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Još nema aktivnosti</translation>
    </message>
    <message>
        <source>Log a call or add a note, and it appears here, newest first.</source>
        <translation>Zabilježite poziv ili dodajte bilješku i pojavit će se ovdje, najnovije na vrhu.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Poziv</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Zabilježi poziv</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bilješka</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Dodaj bilješku</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sastanak</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Zabilježi sastanak</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Podsjeti me</translation>
    </message>
    <message>
        <source>Remind me to follow up in a few days</source>
        <translation>Podsjeti me za nekoliko dana</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Prikaži</translation>
    </message>
    <message>
        <source>Show one kind of activity</source>
        <translation>Prikaži samo jednu vrstu aktivnosti</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Sve aktivnosti</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Pozivi</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sastanci</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bilješke</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-poruke</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Završeni zadaci</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Promjene faze</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Ništa nije odabrano</translation>
    </message>
    <message>
        <source>Nothing of this kind</source>
        <translation>Ništa ove vrste</translation>
    </message>
    <message>
        <source>Choose “All activity” to see everything.</source>
        <translation>Odaberite „Sve aktivnosti” da vidite sve.</translation>
    </message>
    <message>
        <source>Could not load the timeline.</source>
        <translation>Vremensku crtu nije moguće učitati.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Uredi…</translation>
    </message>
    <message>
        <source>Move to the &amp;trash</source>
        <translation>Premjesti u &amp;koš</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Nije uspjelo: {reason}</translation>
    </message>
    <message>
        <source>Moved to the trash.</source>
        <translation>Premješteno u koš.</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Vraćeno iz koša.</translation>
    </message>
    <message>
        <source>Follow up: {name}</source>
        <translation>Javiti se: {name}</translation>
    </message>
    <message>
        <source>I will remind you on {date}.</source>
        <translation>Podsjetit ću vas {date}.</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation>Poništi</translation>
    </message>
    <message>
        <source>Take the change back (Ctrl+Z)</source>
        <translation>Poništi promjenu (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>_CardDelegate</name>
    <message>
        <source>No client yet</source>
        <translation>Još bez klijenta</translation>
    </message>
</context>
<context>
    <name>_CardList</name>
    <message>
        <source>No matters in this stage. Drop a card here to move it.</source>
        <translation>U ovoj fazi nema predmeta. Ispustite karticu ovdje da biste je premjestili.</translation>
    </message>
</context>
<context>
    <name>_LabelCombo</name>
    <message>
        <source>work</source>
        <translation>posao</translation>
    </message>
    <message>
        <source>home</source>
        <translation>kuća</translation>
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
        <source>Label</source>
        <translation>Vrsta</translation>
    </message>
</context>
<context>
    <name>_Notice</name>
    <message>
        <source>Undo</source>
        <translation>Poništi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
</context>
<context>
    <name>_OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation>nije upisano</translation>
    </message>
</context>
<context>
    <name>_PersonPicker</name>
    <message>
        <source>Type a name to add a person</source>
        <translation>Upišite ime za dodavanje osobe</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Dodaj osobu</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Ulica i kućni broj</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Poštanski broj</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Županija</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Država</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>ime@example.com</translation>
    </message>
    <message>
        <source>+420 602 123 456</source>
        <translation>+385 91 123 4567</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
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
        <source>Web</source>
        <translation>Web</translation>
    </message>
</context>
</TS>
