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
    <name>AccountDialog</name>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Na otestovanie pripojenia zadajte heslo.</translation>
    </message>
    <message>
        <source>New Mail Account</source>
        <translation>Nový poštový účet</translation>
    </message>
    <message>
        <source>Mail Account</source>
        <translation>Poštový účet</translation>
    </message>
    <message>
        <source>e.g. Office mail</source>
        <translation>napr. Kancelárska pošta</translation>
    </message>
    <message>
        <source>e.g. imap.example.cz</source>
        <translation>napr. imap.example.sk</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (odporúčané)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Žiadne (nešifrované)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Without encryption the password and every message cross the network as plain text: anyone on the way can read them. Use this only for a server on this computer or a network you trust.</source>
        <translation>Bez šifrovania putuje heslo aj každá správa sieťou ako obyčajný text: ktokoľvek po ceste ich môže prečítať. Používajte to len pre server na tomto počítači alebo v sieti, ktorej dôverujete.</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Zabezpečenie:</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>zvyčajne vaša e-mailová adresa</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Používateľské &amp;meno:</translation>
    </message>
    <message>
        <source>“{name}” is an Exchange account: it opens in the Exchange form.</source>
        <translation>„{name}“ je účet Exchange: otvára sa vo formulári pre Exchange.</translation>
    </message>
    <message>
        <source>Fill in the server and the user name first.</source>
        <translation>Najprv vyplňte server a používateľské meno.</translation>
    </message>
    <message>
        <source>Confirm the unencrypted connection above, or choose TLS.</source>
        <translation>Vyššie potvrďte nešifrované pripojenie alebo zvoľte TLS.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n folder(s) on the server.</source>
        <translation>
            <numerusform>Pripojené: na serveri je %n priečinok.</numerusform>
            <numerusform>Pripojené: na serveri sú %n priečinky.</numerusform>
            <numerusform>Pripojené: na serveri je %n priečinkov.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm that this account may connect without encryption, or choose TLS.</source>
        <translation>Potvrďte, že sa tento účet smie pripájať bez šifrovania, alebo zvoľte TLS.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Zaznamenať hovor</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Zaznamenať stretnutie</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Pridať poznámku</translation>
    </message>
    <message>
        <source>Edit call</source>
        <translation>Upraviť hovor</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Upraviť stretnutie</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Upraviť poznámku</translation>
    </message>
    <message>
        <source>&amp;Outgoing</source>
        <translation>&amp;Odchádzajúci</translation>
    </message>
    <message>
        <source>&amp;Incoming</source>
        <translation>&amp;Prichádzajúci</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Smer:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Nepovinné</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nadpis:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Poznámka:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kedy:</translation>
    </message>
    <message>
        <source>minutes, e.g. 15 or 1:30</source>
        <translation>minúty, napr. 15 alebo 1:30</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Trvanie:</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Spojené</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Odkaz v hlasovej schránke</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Bez odpovede</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Obsadené</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Zavolať neskôr</translation>
    </message>
    <message>
        <source>Pick one or type</source>
        <translation>Vyberte alebo napíšte</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>&amp;Výsledok:</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>O čom bola reč</translation>
    </message>
    <message>
        <source>e.g. Signing the lease</source>
        <translation>napr. Podpis nájomnej zmluvy</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Predmet:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Poz&amp;námky:</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Bez spisu</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Spis:</translation>
    </message>
    <message>
        <source>Wit&amp;h:</source>
        <translation>S &amp;kým:</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Trvanie nemôže byť záporné.</translation>
    </message>
    <message>
        <source>Enter the minutes as a number, e.g. 15 or 1:30.</source>
        <translation>Zadajte minúty číslom, napr. 15 alebo 1:30.</translation>
    </message>
    <message>
        <source>That is longer than a week; enter the minutes.</source>
        <translation>To je dlhšie ako týždeň; zadajte minúty.</translation>
    </message>
    <message>
        <source>Keep it under {count} characters; the rest belongs in the notes.</source>
        <translation>Zmestite sa do {count} znakov; zvyšok patrí do poznámok.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Najprv napíšte poznámku.</translation>
    </message>
    <message>
        <source>This is in the future.</source>
        <translation>Toto je v budúcnosti.</translation>
    </message>
    <message>
        <source>It could not be saved; see the log.</source>
        <translation>Nepodarilo sa uložiť; podrobnosti sú v protokole.</translation>
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
    <name>CalendarConflictsDialog</name>
    <message>
        <source>Calendar Conflicts</source>
        <translation>Konflikty v kalendári</translation>
    </message>
    <message>
        <source>Calendar changes waiting for you</source>
        <translation>Zmeny v kalendári čakajú na vaše rozhodnutie</translation>
    </message>
    <message>
        <source>These events were changed both on this computer and in Exchange, or deleted on one side only. Choose what stays; the next sync takes your choice to Exchange.</source>
        <translation>Tieto udalosti sa zmenili na tomto počítači aj v Exchange, alebo sa odstránili len na jednej strane. Zvoľte, čo má platiť; ďalšia synchronizácia prenesie vašu voľbu do Exchange.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Načítavam…</translation>
    </message>
    <message>
        <source>The list could not be read; see the log.</source>
        <translation>Zoznam sa nepodarilo načítať; podrobnosti sú v protokole.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) wait for your decision.</source>
        <translation>
            <numerusform>%n udalosť čaká na vaše rozhodnutie.</numerusform>
            <numerusform>%n udalosti čakajú na vaše rozhodnutie.</numerusform>
            <numerusform>%n udalostí čaká na vaše rozhodnutie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for your decision.</source>
        <translation>Na vaše rozhodnutie nič nečaká.</translation>
    </message>
    <message>
        <source>Deleted in Exchange</source>
        <translation>Odstránené v Exchange</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Odstránené tu</translation>
    </message>
    <message>
        <source>Changed here and in Exchange</source>
        <translation>Zmenené tu aj v Exchange</translation>
    </message>
    <message>
        <source>Changed here and in Exchange: {fields}</source>
        <translation>Zmenené tu aj v Exchange: {fields}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>názov</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>poznámky</translation>
    </message>
    <message>
        <source>location</source>
        <translation>miesto</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>celý deň</translation>
    </message>
    <message>
        <source>start</source>
        <translation>začiatok</translation>
    </message>
    <message>
        <source>end</source>
        <translation>koniec</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>časové pásmo</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>opakovanie</translation>
    </message>
    <message>
        <source>skipped dates</source>
        <translation>vynechané dni</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>pripomenutie</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>účastníci</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stav</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Miesto</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Celý deň</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Začiatok</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Časové pásmo</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Opakovanie</translation>
    </message>
    <message>
        <source>Skipped dates</source>
        <translation>Vynechané dni</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Pripomenutia</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Účastníci</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Áno</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potvrdené</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Predbežné</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušené</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Neopakuje sa</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Zachovať</translation>
    </message>
    <message>
        <source>Delete here too</source>
        <translation>Odstrániť aj tu</translation>
    </message>
    <message>
        <source>Delete in Exchange too</source>
        <translation>Odstrániť aj v Exchange</translation>
    </message>
    <message>
        <source>Restore here</source>
        <translation>Obnoviť tu</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s version</source>
        <translation>Zachovať verziu z tohto počítača</translation>
    </message>
    <message>
        <source>Take Exchange&apos;s version</source>
        <translation>Prevziať verziu z Exchange</translation>
    </message>
    <message>
        <source>Exchange calendar “{account}”</source>
        <translation>Kalendár Exchange „{account}“</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(odstránené)</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Tento počítač:</translation>
    </message>
    <message>
        <source>Exchange:</source>
        <translation>Exchange:</translation>
    </message>
    <message>
        <source>If you delete it, later deletions cross over without asking.</source>
        <translation>Ak ju odstránite, ďalšie odstránenia sa budú prenášať bez pýtania.</translation>
    </message>
    <message>
        <source>From then on, an event deleted on one side is deleted on the other.</source>
        <translation>Odvtedy sa udalosť odstránená na jednej strane odstráni aj na druhej.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nič)</translation>
    </message>
    <message>
        <source>That could not be saved; see the log.</source>
        <translation>Nepodarilo sa uložiť; podrobnosti sú v protokole.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Dnes</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Predchádzajúce (Page Up)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Predchádzajúce</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Ďalšie (Page Down)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Ďalšie</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>D&amp;eň</translation>
    </message>
    <message>
        <source>W&amp;ork week</source>
        <translation>P&amp;racovný týždeň</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Týždeň</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mesiac</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>P&amp;lán</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>&amp;Nová udalosť</translation>
    </message>
    <message>
        <source>New event (Ctrl+N)</source>
        <translation>Nová udalosť (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importovať…</translation>
    </message>
    <message>
        <source>Import events and tasks from .ics files</source>
        <translation>Importovať udalosti a úlohy zo súborov .ics</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportovať…</translation>
    </message>
    <message>
        <source>Export the calendar and tasks to an .ics file</source>
        <translation>Exportovať kalendár a úlohy do súboru .ics</translation>
    </message>
    <message>
        <source>“{title}” moved.</source>
        <translation>Udalosť „{title}“ bola presunutá.</translation>
    </message>
    <message>
        <source>“{title}” deleted.</source>
        <translation>Udalosť „{title}“ bola odstránená.</translation>
    </message>
    <message>
        <source>Import calendar files</source>
        <translation>Importovať súbory kalendára</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb *.vcs);;All files (*)</source>
        <translation>Súbory iCalendar (*.ics *.ical *.ifb *.vcs);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Events: {added} added, {updated} updated, {cancelled} cancelled.
Tasks: {tasks_added} added, {tasks_updated} updated.</source>
        <translation>Udalosti – pridané: {added}, aktualizované: {updated}, zrušené: {cancelled}.
Úlohy – pridané: {tasks_added}, aktualizované: {tasks_updated}.</translation>
    </message>
    <message>
        <source>Calendar import</source>
        <translation>Import kalendára</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be imported:</source>
        <translation>
            <numerusform>%n záznam sa nepodarilo importovať:</numerusform>
            <numerusform>%n záznamy sa nepodarilo importovať:</numerusform>
            <numerusform>%n záznamov sa nepodarilo importovať:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Export kalendára</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to {file}.</source>
        <translation>
            <numerusform>Do súboru {file} bola exportovaná %n udalosť.</numerusform>
            <numerusform>Do súboru {file} boli exportované %n udalosti.</numerusform>
            <numerusform>Do súboru {file} bolo exportovaných %n udalostí.</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>To sa nepodarilo: {reason}</translation>
    </message>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>To sa nepodarilo; podrobnosti sú v protokole.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Kalendár</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušené</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Celý deň</translation>
    </message>
    <message>
        <source>W{number}</source>
        <translation>Týž. {number}</translation>
    </message>
    <message>
        <source>all-day</source>
        <translation>celý deň</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(bez názvu)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n ďalšia</numerusform>
            <numerusform>+%n ďalšie</numerusform>
            <numerusform>+%n ďalších</numerusform>
        </translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Žiadne udalosti</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Lehota</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušené</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Predbežné</translation>
    </message>
</context>
<context>
    <name>ConflictCheckDialog</name>
    <message>
        <source>Conflict check: {matter}</source>
        <translation>Kontrola konfliktu záujmov: {matter}</translation>
    </message>
    <message>
        <source>Saved conflict check: {matter}</source>
        <translation>Uložená kontrola konfliktu záujmov: {matter}</translation>
    </message>
    <message>
        <source>Parties to check (a name, and a registry ID or e-mail if you have them):</source>
        <translation>Strany na kontrolu (meno, prípadne IČO alebo e-mail, ak ich poznáte):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Add a &amp;name</source>
        <translation>Pridať &amp;meno</translation>
    </message>
    <message>
        <source>Re&amp;move name</source>
        <translation>Odob&amp;rať meno</translation>
    </message>
    <message>
        <source>&amp;Run the check</source>
        <translation>&amp;Spustiť kontrolu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Zhoda</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Nájdené</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Vec</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Prečo</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Nálezy</translation>
    </message>
    <message>
        <source>&amp;Clear: no conflict</source>
        <translation>&amp;Bez konfliktu</translation>
    </message>
    <message>
        <source>&amp;Waive, with a reason</source>
        <translation>&amp;Odpustiť, s odôvodnením</translation>
    </message>
    <message>
        <source>&amp;Decline the matter</source>
        <translation>O&amp;dmietnuť vec</translation>
    </message>
    <message>
        <source>Reason (needed to waive): e.g. both clients consented in writing</source>
        <translation>Dôvod (potrebný na odpustenie): napr. obaja klienti písomne súhlasili</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Dôvod</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Uložiť ako &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Save the decision</source>
        <translation>&amp;Uložiť rozhodnutie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Enter at least one name, registry ID or e-mail.</source>
        <translation>Zadajte aspoň jedno meno, IČO alebo e-mail.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrolujem…</translation>
    </message>
    <message>
        <source>Run the check to search every contact, organisation, matter party and e-mail correspondent.</source>
        <translation>Spustite kontrolu: prehľadá všetky kontakty, organizácie, strany vecí a e-mailových korešpondentov.</translation>
    </message>
    <message>
        <source>No hits: nobody known resembles these parties.</source>
        <translation>Žiadne nálezy: nikto známy sa týmto stranám nepodobá.</translation>
    </message>
    <message>
        <source>{count} hits, the most likely first. Review each before deciding.</source>
        <translation>Nálezov: {count}, najpravdepodobnejšie prvé. Pred rozhodnutím prejdite každý.</translation>
    </message>
    <message>
        <source>Checked: {name}</source>
        <translation>Hľadané: {name}</translation>
    </message>
    <message>
        <source>Saved by {user} on {when}; a saved check cannot be changed.</source>
        <translation>Uložil(a) {user} dňa {when}; uloženú kontrolu nemožno zmeniť.</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>zatiaľ neuložené</translation>
    </message>
    <message>
        <source>Save the conflict check as PDF</source>
        <translation>Uložiť kontrolu konfliktu záujmov ako PDF</translation>
    </message>
    <message>
        <source>conflict-check.pdf</source>
        <translation>kontrola-konfliktu-zaujmov.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Súbory PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}</source>
        <translation>PDF sa nepodarilo zapísať: {error}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Uložené: {file}.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the check. The details are in the log.</source>
        <translation>Kontrolu zastavila neočakávaná chyba. Podrobnosti sú v protokole.</translation>
    </message>
</context>
<context>
    <name>ConflictTab</name>
    <message>
        <source>Checked</source>
        <translation>Kontrolované</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Rozhodnutie</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Nálezy</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Dôvod</translation>
    </message>
    <message>
        <source>Saved conflict checks</source>
        <translation>Uložené kontroly konfliktu záujmov</translation>
    </message>
    <message>
        <source>Run a &amp;conflict check…</source>
        <translation>Spustiť &amp;kontrolu konfliktu záujmov…</translation>
    </message>
    <message>
        <source>&amp;Open saved check</source>
        <translation>&amp;Otvoriť uloženú kontrolu</translation>
    </message>
    <message>
        <source>Last check: {decision}, {when}, by {user}.</source>
        <translation>Posledná kontrola: {decision}, {when}, vykonal(a) {user}.</translation>
    </message>
    <message>
        <source>No conflict check has been saved for this matter.</source>
        <translation>Pre túto vec zatiaľ nie je uložená žiadna kontrola konfliktu záujmov.</translation>
    </message>
</context>
<context>
    <name>ConflictTexts</name>
    <message>
        <source>Clear: no conflict</source>
        <translation>Bez konfliktu</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Odpustené</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odmietnuté</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizácia</translation>
    </message>
    <message>
        <source>E-mail correspondent</source>
        <translation>E-mailový korešpondent</translation>
    </message>
    <message>
        <source>in no matter</source>
        <translation>v žiadnej veci</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otvorená</translation>
    </message>
    <message>
        <source>same name, different word order</source>
        <translation>rovnaké meno, iné poradie slov</translation>
    </message>
    <message>
        <source>same name, one gives only an initial</source>
        <translation>rovnaké meno, jedno uvádza len iniciálu</translation>
    </message>
    <message>
        <source>same name in Cyrillic and Latin</source>
        <translation>rovnaké meno v cyrilike a latinke</translation>
    </message>
    <message>
        <source>same name in another spelling</source>
        <translation>rovnaké meno v inom prepise</translation>
    </message>
    <message>
        <source>similar name with different endings (e.g. male and female)</source>
        <translation>podobné meno s inými koncovkami (napr. mužská a ženská podoba)</translation>
    </message>
    <message>
        <source>same registry ID ({a})</source>
        <translation>rovnaké IČO ({a})</translation>
    </message>
    <message>
        <source>same e-mail ({a})</source>
        <translation>rovnaký e-mail ({a})</translation>
    </message>
    <message>
        <source>similar spelling ({a} %)</source>
        <translation>podobný zápis ({a} %)</translation>
    </message>
    <message>
        <source>partly the same name ({a} of {b} words)</source>
        <translation>čiastočne rovnaké meno ({a} z {b} slov)</translation>
    </message>
    <message>
        <source>one name is part of the other</source>
        <translation>jedno meno je časťou druhého</translation>
    </message>
    <message>
        <source>one has an extra word</source>
        <translation>jedno má slovo navyše</translation>
    </message>
    <message>
        <source>one has extra words</source>
        <translation>jedno má slová navyše</translation>
    </message>
    <message>
        <source>typed with mixed Cyrillic and Latin letters</source>
        <translation>písané zmesou cyriliky a latinky</translation>
    </message>
    <message>
        <source>different generation ({a} / {b})</source>
        <translation>iná generácia ({a} / {b})</translation>
    </message>
    <message>
        <source>different legal form ({a} / {b})</source>
        <translation>iná právna forma ({a} / {b})</translation>
    </message>
    <message>
        <source>without the legal form</source>
        <translation>bez právnej formy</translation>
    </message>
    <message>
        <source>but different registry IDs</source>
        <translation>ale iné IČO</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>rovnaké meno</translation>
    </message>
    <message>
        <source>Conflict check</source>
        <translation>Kontrola konfliktu záujmov</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Vec</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Kontroloval(a)</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Kontrolované dňa</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Rozhodnutie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Dôvod</translation>
    </message>
    <message>
        <source>Parties checked</source>
        <translation>Kontrolované strany</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Nálezy</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>Žiadne nálezy.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Zhoda</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Nájdené</translation>
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
        <translation>&amp;Upraviť</translation>
    </message>
    <message>
        <source>Edit this contact (F2)</source>
        <translation>Upraviť tento kontakt (F2)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvoriť</translation>
    </message>
    <message>
        <source>Show the organisation with its people</source>
        <translation>Zobraziť organizáciu s jej osobami</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>O&amp;dstrániť</translation>
    </message>
    <message>
        <source>Move to the trash (Delete)</source>
        <translation>Presunúť do koša (Delete)</translation>
    </message>
    <message>
        <source>&amp;Relations…</source>
        <translation>&amp;Vzťahy…</translation>
    </message>
    <message>
        <source>Jobs past and present, and ties to other people</source>
        <translation>Súčasné aj predchádzajúce zamestnania a vzťahy k ďalším osobám</translation>
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
        <translation>IČO</translation>
    </message>
    <message>
        <source>Tax no.</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizácia</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osôb</numerusform>
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
        <translation>Identifikačné údaje</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Narodeniny</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>No e-mail, phone or address recorded yet.</source>
        <translation>Zatiaľ nie je uvedený e-mail, telefón ani adresa.</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Spisy</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>a ešte %n</numerusform>
            <numerusform>a ešte %n</numerusform>
            <numerusform>a ešte %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
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
        <translation>Ctrl+Enter uloží, Esc zruší</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložiť</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>e.g. JUDr., Ing.</source>
        <translation>napr. JUDr., Ing.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titul:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Meno:</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>&amp;Stredné meno:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Priezvisko:</translation>
    </message>
    <message>
        <source>e.g. Ph.D.</source>
        <translation>napr. PhD.</translation>
    </message>
    <message>
        <source>Su&amp;ffix:</source>
        <translation>Titul &amp;za menom:</translation>
    </message>
    <message>
        <source>Made from the name if left empty</source>
        <translation>Ak zostane prázdne, zostaví sa z mena</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Zo&amp;brazované meno:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Zamestnanie</translation>
    </message>
    <message>
        <source>Pick one or type a new name</source>
        <translation>Vyberte zo zoznamu alebo napíšte nový názov</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizácia:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>Funk&amp;cia:</translation>
    </message>
    <message>
        <source>Dep&amp;artment:</source>
        <translation>O&amp;ddelenie:</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ostatné</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>neuvedené</translation>
    </message>
    <message>
        <source>&amp;Year unknown</source>
        <translation>Neznámy &amp;rok</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vymazať</translation>
    </message>
    <message>
        <source>No birthday</source>
        <translation>Odstrániť narodeniny</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Narodeniny:</translation>
    </message>
    <message>
        <source>Birth number, PESEL, OIB</source>
        <translation>Rodné číslo, PESEL, OIB</translation>
    </message>
    <message>
        <source>Pe&amp;rsonal number:</source>
        <translation>Rodné čís&amp;lo:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizácia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Názov:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Právna forma:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Kra&amp;jina:</translation>
    </message>
    <message>
        <source>IČO, REGON, OIB, EDRPOU</source>
        <translation>IČO, REGON, OIB, EDRPOU</translation>
    </message>
    <message>
        <source>&amp;Registry no.:</source>
        <translation>&amp;IČO:</translation>
    </message>
    <message>
        <source>DIČ, NIP, IČ DPH</source>
        <translation>DIČ, NIP, IČ DPH</translation>
    </message>
    <message>
        <source>&amp;Tax no.:</source>
        <translation>&amp;DIČ:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktné údaje</translation>
    </message>
    <message>
        <source>Add e-&amp;mail</source>
        <translation>Pridať &amp;e-mail</translation>
    </message>
    <message>
        <source>Add p&amp;hone</source>
        <translation>Pridať tele&amp;fón</translation>
    </message>
    <message>
        <source>Add addr&amp;ess</source>
        <translation>Pridať &amp;adresu</translation>
    </message>
    <message>
        <source>Add &amp;web link</source>
        <translation>Pridať &amp;webový odkaz</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefón:</translation>
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
        <translation>Oddelené čiarkami, napr. klient, VIP</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Štít&amp;ky:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Poznámk&amp;y:</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Česko</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovensko</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Poľsko</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Chorvátsko</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukrajina</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Rakúsko</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Nemecko</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Maďarsko</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovinsko</translation>
    </message>
    <message>
        <source>Enter a name (or at least an e-mail or a phone).</source>
        <translation>Zadajte meno (alebo aspoň e-mail či telefón).</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Zadajte názov organizácie.</translation>
    </message>
    <message>
        <source>An IČO has 8 digits.</source>
        <translation>IČO má 8 číslic.</translation>
    </message>
    <message>
        <source>This number is not valid: its check digit is wrong.</source>
        <translation>Toto číslo nie je platné: nesedí kontrolná číslica.</translation>
    </message>
    <message>
        <source>This number is not valid: it has the wrong number of digits.</source>
        <translation>Toto číslo nie je platné: má nesprávny počet číslic.</translation>
    </message>
    <message>
        <source>This number has characters that do not belong there.</source>
        <translation>Toto číslo obsahuje nepovolené znaky.</translation>
    </message>
    <message>
        <source>This number is not valid.</source>
        <translation>Toto číslo nie je platné.</translation>
    </message>
    <message>
        <source>This e-mail address is not complete (name@domain.tld).</source>
        <translation>Táto e-mailová adresa nie je úplná (meno@domena.sk).</translation>
    </message>
    <message>
        <source>Not a number we can read; it is kept as typed.</source>
        <translation>Číslo sa nepodarilo rozpoznať; ponechá sa tak, ako bolo zadané.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Opravte, prosím, označené polia.</translation>
    </message>
    <message>
        <source>The contact could not be saved; see the log.</source>
        <translation>Kontakt sa nepodarilo uložiť; podrobnosti nájdete v protokole.</translation>
    </message>
</context>
<context>
    <name>ContactFormDialog</name>
    <message>
        <source>New person</source>
        <translation>Nová osoba</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nová organizácia</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Úprava: {name}</translation>
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
        <translation>Typ</translation>
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
        <translation>Načítavam kontakty…</translation>
    </message>
    <message>
        <source>Filter by name, e-mail, phone, city</source>
        <translation>Filtrovať podľa mena, e-mailu, telefónu, mesta</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Show people, organisations or both</source>
        <translation>Zobraziť osoby, organizácie alebo oboje</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Osoby a organizácie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizácie</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Štítok</translation>
    </message>
    <message>
        <source>Show only contacts with this tag</source>
        <translation>Zobraziť iba kontakty s týmto štítkom</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nový</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N) or an organisation</source>
        <translation>Pridať osobu (Ctrl+N) alebo organizáciu</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nová &amp;osoba…</translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation>Nová o&amp;rganizácia…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Všetky štítky</translation>
    </message>
    <message>
        <source>Could not load the contacts.</source>
        <translation>Kontakty sa nepodarilo načítať.</translation>
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
        <translation>Akcia sa nepodarila: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n to the trash</source>
        <translation>
            <numerusform>Do koša bol presunutý %n kontakt</numerusform>
            <numerusform>Do koša boli presunuté %n kontakty</numerusform>
            <numerusform>Do koša bolo presunutých %n kontaktov</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations of {name}</source>
        <translation>Vzťahy: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n from the trash</source>
        <translation>
            <numerusform>Z koša bol obnovený %n kontakt</numerusform>
            <numerusform>Z koša boli obnovené %n kontakty</numerusform>
            <numerusform>Z koša bolo obnovených %n kontaktov</numerusform>
        </translation>
    </message>
    <message>
        <source>Change undone</source>
        <translation>Zmena bola vrátená späť</translation>
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
        <source>Follow-ups due</source>
        <translation>Pripomienky na vybavenie</translation>
    </message>
    <message>
        <source>Time to get in touch</source>
        <translation>Čas ozvať sa</translation>
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
    <message>
        <source>overdue since {date}</source>
        <translation>po termíne od {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>na dnes</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>Žiadne pripomienky na vybavenie.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>a ešte %n</numerusform>
            <numerusform>a ešte %n</numerusform>
            <numerusform>a ešte %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open matters</source>
        <translation>Otvorené spisy</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Otvorené úlohy</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Všetky úlohy</translation>
    </message>
    <message>
        <source>Today&apos;s events</source>
        <translation>Dnešné udalosti</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Udalosti</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>Úlohy s termínom na dnes</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Na dnes</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Úlohy po termíne</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po termíne</translation>
    </message>
    <message>
        <source>Nothing due today and no events.</source>
        <translation>Na dnes nie sú žiadne úlohy ani udalosti.</translation>
    </message>
    <message>
        <source>Deadlines — next 14 days</source>
        <translation>Lehoty – najbližších 14 dní</translation>
    </message>
    <message>
        <source>Deadlines in the next 14 days</source>
        <translation>Lehoty v najbližších 14 dňoch</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Nedávna aktivita</translation>
    </message>
    <message>
        <source>Matters by stage</source>
        <translation>Spisy podľa fáz</translation>
    </message>
    <message>
        <source>All matters</source>
        <translation>Všetky spisy</translation>
    </message>
    <message>
        <source>No open matters.</source>
        <translation>Žiadne otvorené spisy.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizácia</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Stav synchronizácie</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Zatiaľ tu nič nie je</translation>
    </message>
    <message>
        <source>Today&apos;s tasks and events, deadlines, follow-ups and recent activity will appear here once you add contacts, matters and tasks.</source>
        <translation>Keď pridáte kontakty, spisy a úlohy, zobrazia sa tu dnešné úlohy a udalosti, lehoty, pripomienky a nedávna aktivita.</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: {reason}</source>
        <translation>Prehľad sa nepodarilo načítať: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n po termíne</numerusform>
            <numerusform>%n po termíne</numerusform>
            <numerusform>%n po termíne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n na dnes</numerusform>
            <numerusform>%n na dnes</numerusform>
            <numerusform>%n na dnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Lehota</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Celý deň</translation>
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
        <translation>(bez názvu)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dnes</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>zajtra</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>o %n deň</numerusform>
            <numerusform>o %n dni</numerusform>
            <numerusform>o %n dní</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadlines in the next 14 days.</source>
        <translation>V najbližších 14 dňoch nie sú žiadne lehoty.</translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>každý %n týždeň</numerusform>
            <numerusform>každé %n týždne</numerusform>
            <numerusform>každých %n týždňov</numerusform>
        </translation>
    </message>
    <message>
        <source>due since {date}</source>
        <translation>na rade od {date}</translation>
    </message>
    <message>
        <source>Everyone is in touch.</source>
        <translation>So všetkými ste v kontakte.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Prichádzajúci hovor</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Odchádzajúci hovor</translation>
    </message>
    <message>
        <source>{kind}: {subject}</source>
        <translation>{kind}: {subject}</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>včera</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Zatiaľ nebolo nič zaznamenané.</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Deadline calculator</source>
        <translation>Kalkulačka lehôt</translation>
    </message>
    <message>
        <source>The day of the event, e.g. delivery of a decision; it is not counted.</source>
        <translation>Deň udalosti, od ktorej sa lehota počíta, napr. doručenie rozhodnutia; do lehoty sa nezapočítava.</translation>
    </message>
    <message>
        <source>e.g. delivery of a decision; not counted</source>
        <translation>napr. doručenie rozhodnutia; nezapočítava sa</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dĺžka lehoty</translation>
    </message>
    <message>
        <source>Unit of the period</source>
        <translation>Jednotka lehoty</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dní</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>týždňov</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mesiacov</translation>
    </message>
    <message>
        <source>years</source>
        <translation>rokov</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Dĺžka lehoty:</translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation>Česká republika</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovensko</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Poľsko</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Chorvátsko</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukrajina</translation>
    </message>
    <message>
        <source>Public &amp;holidays of:</source>
        <translation>&amp;Sviatky podľa štátu:</translation>
    </message>
    <message>
        <source>&amp;Move a last day on a weekend or holiday to the next working day</source>
        <translation>&amp;Posunúť koniec lehoty z víkendu alebo sviatku na najbližší pracovný deň</translation>
    </message>
    <message>
        <source>Count &amp;working days only (weekends and holidays are not counted)</source>
        <translation>Počítať len p&amp;racovné dni (víkendy a sviatky sa nezapočítavajú)</translation>
    </message>
    <message>
        <source>Count Ukrainian holidays as days &amp;off (only once martial law has ended)</source>
        <translation>Počítať ukrajinské sviatky ako dni pracovného &amp;voľna (až po skončení vojnového stavu)</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Pravidlá:</translation>
    </message>
    <message>
        <source>How it was &amp;computed:</source>
        <translation>&amp;Ako bola lehota vypočítaná:</translation>
    </message>
    <message>
        <source>How the deadline was computed</source>
        <translation>Postup výpočtu lehoty</translation>
    </message>
    <message>
        <source>e.g. Deadline: appeal</source>
        <translation>napr. Lehota: odvolanie</translation>
    </message>
    <message>
        <source>Task &amp;title:</source>
        <translation>&amp;Názov úlohy:</translation>
    </message>
    <message>
        <source>days before the deadline</source>
        <translation>dní pred koncom lehoty</translation>
    </message>
    <message>
        <source>&amp;Remind:</source>
        <translation>Pripo&amp;menúť:</translation>
    </message>
    <message>
        <source>&amp;Add deadline</source>
        <translation>Pridať &amp;lehotu</translation>
    </message>
    <message>
        <source>Deadline: {purpose}</source>
        <translation>Lehota: {purpose}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Lehota</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>Koniec lehoty: {date}</translation>
    </message>
    <message>
        <source>No deadline computed.</source>
        <translation>Lehota nebola vypočítaná.</translation>
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
        <translation>&amp;Názov:</translation>
    </message>
    <message>
        <source>e.g. contract, signed</source>
        <translation>napr. zmluva, podpísané</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Š&amp;títky:</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Bez spisu</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Spis:</translation>
    </message>
    <message>
        <source>Peop&amp;le:</source>
        <translation>Oso&amp;by:</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Dokument musí mať názov.</translation>
    </message>
    <message>
        <source>see the log</source>
        <translation>podrobnosti sú v protokole</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Neuložené: {reason}</translation>
    </message>
</context>
<context>
    <name>DocumentWork</name>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>To sa nepodarilo; podrobnosti sú v protokole.</translation>
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
        <translation>Hľadať v názvoch a obsahu</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Hľadať dokumenty</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Pridať súbory…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvoriť</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>O&amp;dstrániť</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Zatiaľ žiadne dokumenty</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nič sa nenašlo</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Súbor:</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>Spis:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Verzie</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>Po&amp;drobnosti…</translation>
    </message>
    <message>
        <source>Add a &amp;new version…</source>
        <translation>Pridať &amp;novú verziu…</translation>
    </message>
    <message>
        <source>Choose a document to see its versions.</source>
        <translation>Vyberte dokument a zobrazia sa jeho verzie.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Názov</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Súbor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verzia</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veľkosť</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmenené</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>being read…</source>
        <translation>načítava sa…</translation>
    </message>
    <message>
        <source>searchable</source>
        <translation>dá sa prehľadávať</translation>
    </message>
    <message>
        <source>no text (a scan?)</source>
        <translation>bez textu (sken?)</translation>
    </message>
    <message>
        <source>not searchable</source>
        <translation>nedá sa prehľadávať</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nedá sa prečítať</translation>
    </message>
    <message>
        <source>Drop files here from your file manager (Outlook messages and .eml files too) or use the Add files button. SmallCRM keeps its own copy and reads their text for search.</source>
        <translation>Presuňte sem súbory zo správcu súborov (aj správy z Outlooku a súbory .eml) alebo zvoľte „Pridať súbory…“. SmallCRM si uloží vlastnú kópiu a načíta z nich text na vyhľadávanie.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Štítky:</translation>
    </message>
    <message>
        <source>No document contains “{text}”.</source>
        <translation>Žiadny dokument neobsahuje „{text}“.</translation>
    </message>
    <message>
        <source>not filed on a matter</source>
        <translation>nepriradené k spisu</translation>
    </message>
    <message>
        <source>Version {number} · {date} · {size}
{name}</source>
        <translation>Verzia {number} · {date} · {size}
{name}</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Pridať dokumenty</translation>
    </message>
    <message>
        <source>Folders are not added; choose the files in them.</source>
        <translation>Priečinky sa nepridávajú; vyberte súbory, ktoré obsahujú.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Pridávam %n súbor…</numerusform>
            <numerusform>Pridávam %n súbory…</numerusform>
            <numerusform>Pridávam %n súborov…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a new version</source>
        <translation>Pridať novú verziu</translation>
    </message>
    <message>
        <source>Stored as version {number}.</source>
        <translation>Uložené ako verzia {number}.</translation>
    </message>
    <message>
        <source>That file is the same as the current version.</source>
        <translation>Súbor je rovnaký ako aktuálna verzia.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s).</source>
        <translation>
            <numerusform>Pridaný %n dokument.</numerusform>
            <numerusform>Pridané %n dokumenty.</numerusform>
            <numerusform>Pridaných %n dokumentov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them has the same content as a stored document.</source>
        <translation>
            <numerusform>%n z nich má rovnaký obsah ako už uložený dokument.</numerusform>
            <numerusform>%n z nich majú rovnaký obsah ako už uložené dokumenty.</numerusform>
            <numerusform>%n z nich má rovnaký obsah ako už uložené dokumenty.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was not added: {reason}</source>
        <translation>Súbor „{name}“ nebol pridaný: {reason}</translation>
    </message>
    <message>
        <source>Opened a copy of “{name}”. When you save changes in the other program, SmallCRM offers to keep them as a new version.</source>
        <translation>Otvorená kópia súboru „{name}“. Keď v danom programe zmeny uložíte, SmallCRM ponúkne ich uloženie ako novú verziu.</translation>
    </message>
    <message>
        <source>No program is set to open “{name}”.</source>
        <translation>Na otvorenie súboru „{name}“ nie je nastavený žiadny program.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n document(s) to the trash.</source>
        <translation>
            <numerusform>Do koša bol presunutý %n dokument.</numerusform>
            <numerusform>Do koša boli presunuté %n dokumenty.</numerusform>
            <numerusform>Do koša bolo presunutých %n dokumentov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n document(s) from the trash.</source>
        <translation>
            <numerusform>Z koša bol obnovený %n dokument.</numerusform>
            <numerusform>Z koša boli obnovené %n dokumenty.</numerusform>
            <numerusform>Z koša bolo obnovených %n dokumentov.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatePairsModel</name>
    <message>
        <source>Score</source>
        <translation>Zhoda</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Možný duplikát</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dôvody</translation>
    </message>
    <message>
        <source>marked as not duplicates</source>
        <translation>označené: nie sú duplicitné</translation>
    </message>
    <message>
        <source>{score} of 100: how sure the finder is</source>
        <translation>{score} zo 100: ako istá je zhoda</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizácia</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Zhoda {score}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Hľadanie duplicít</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Možné duplicity</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Žiadne pravdepodobné duplicity</translation>
    </message>
    <message>
        <source>No two contacts share an e-mail or a phone, or have names alike enough to be the same person.</source>
        <translation>Žiadne dva kontakty nemajú spoločný e-mail ani telefón a žiadne mená nie sú natoľko podobné, aby mohlo ísť o tú istú osobu.</translation>
    </message>
    <message>
        <source>The search was stopped</source>
        <translation>Hľadanie bolo zastavené</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Vrátiť zlúčenie späť</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>&amp;Hľadať znova</translation>
    </message>
    <message>
        <source>S&amp;how pairs marked as not duplicates</source>
        <translation>&amp;Ukázať aj dvojice označené „nie sú duplicitné“</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Nie sú duplicitné</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zlúčiť…</translation>
    </message>
    <message>
        <source>Compare the two and merge them (Enter)</source>
        <translation>Porovnať oba záznamy a zlúčiť ich (Enter)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Za&amp;staviť</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>Comparing every contact with the others…</source>
        <translation>Porovnávam každý kontakt s ostatnými…</translation>
    </message>
    <message>
        <source>Searching for duplicates</source>
        <translation>Hľadanie duplicít</translation>
    </message>
    <message>
        <source>This takes a few seconds in a large address book.</source>
        <translation>Vo veľkom adresári to trvá niekoľko sekúnd.</translation>
    </message>
    <message>
        <source>Nothing was changed. Search again when you have a moment.</source>
        <translation>Nič sa nezmenilo. Hľadanie môžete spustiť znova, keď budete mať chvíľu čas.</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>neočakávaná chyba</translation>
    </message>
    <message>
        <source>The search did not finish</source>
        <translation>Hľadanie nebolo dokončené</translation>
    </message>
    <message>
        <source>{reason}. Nothing was changed; you can search again.</source>
        <translation>Príčina: {reason}. Nič sa nezmenilo; hľadanie môžete spustiť znova.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be the same person or organisation, best first.</source>
        <translation>
            <numerusform>%n dvojica záznamov, ktoré môžu patriť tej istej osobe alebo organizácii; najpravdepodobnejšie sú hore.</numerusform>
            <numerusform>%n dvojice záznamov, ktoré môžu patriť tej istej osobe alebo organizácii; najpravdepodobnejšie sú hore.</numerusform>
            <numerusform>%n dvojíc záznamov, ktoré môžu patriť tej istej osobe alebo organizácii; najpravdepodobnejšie sú hore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them marked as not duplicates.</source>
        <translation>
            <numerusform>Z toho %n označená ako „nie sú duplicitné“.</numerusform>
            <numerusform>Z toho %n označené ako „nie sú duplicitné“.</numerusform>
            <numerusform>Z toho %n označených ako „nie sú duplicitné“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the {count} likeliest are listed; merge some and search again.</source>
        <translation>Zobrazuje sa iba {count} najpravdepodobnejších dvojíc; niektoré zlúčte a spustite hľadanie znova.</translation>
    </message>
    <message>
        <source>{first} and {second}: {reasons}</source>
        <translation>{first} a {second}: {reasons}</translation>
    </message>
    <message>
        <source>Marked as not duplicates: press to take that back (Delete)</source>
        <translation>Označené, že nie sú duplicitné: stlačením to vezmete späť (Delete)</translation>
    </message>
    <message>
        <source>Remember that these two are different: the pair is no longer listed (Delete)</source>
        <translation>Zapamätať si, že ide o dva rôzne záznamy: dvojica sa už nebude ponúkať (Delete)</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” are marked as not duplicates.</source>
        <translation>Pri „{first}“ a „{second}“ je označené, že nie sú duplicitné.</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” are listed as possible duplicates again.</source>
        <translation>„{first}“ a „{second}“ sa znova ponúkajú ako možné duplicity.</translation>
    </message>
    <message>
        <source>“Not duplicates” could not be saved: {reason}</source>
        <translation>Označenie „nie sú duplicitné“ sa nepodarilo uložiť: {reason}</translation>
    </message>
    <message>
        <source>Merged into “{name}”.</source>
        <translation>Zlúčené do kontaktu „{name}“.</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>Zlúčenie bolo vrátené späť.</translation>
    </message>
    <message>
        <source>The merge could not be undone: {reason}</source>
        <translation>Zlúčenie sa nepodarilo vrátiť späť: {reason}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>S&amp;päť</translation>
    </message>
</context>
<context>
    <name>EditedCopyDialog</name>
    <message>
        <source>Changed document</source>
        <translation>Zmenený dokument</translation>
    </message>
    <message>
        <source>“{name}” was changed in another program.</source>
        <translation>Súbor „{name}“ bol zmenený v inom programe.</translation>
    </message>
    <message>
        <source>Keep the changes as version {number} of the document? The earlier versions stay as they are.</source>
        <translation>Uložiť zmeny ako verziu {number} dokumentu? Predchádzajúce verzie zostanú bez zmeny.</translation>
    </message>
    <message>
        <source>&amp;Keep as new version</source>
        <translation>&amp;Uložiť ako novú verziu</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Teraz nie</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Zahodiť zmeny</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Enter a rule, e.g. FREQ=WEEKLY;BYDAY=MO,WE.</source>
        <translation>Zadajte pravidlo, napr. FREQ=WEEKLY;BYDAY=MO,WE.</translation>
    </message>
    <message>
        <source>Give the rule as one RRULE line, without DTSTART.</source>
        <translation>Zadajte pravidlo ako jeden riadok RRULE, bez DTSTART.</translation>
    </message>
    <message>
        <source>A rule starts with FREQ=, e.g. FREQ=WEEKLY;BYDAY=MO,WE.</source>
        <translation>Pravidlo sa začína FREQ=, napr. FREQ=WEEKLY;BYDAY=MO,WE.</translation>
    </message>
    <message>
        <source>A rule ends by COUNT or by UNTIL, not by both.</source>
        <translation>Pravidlo končí buď COUNT, alebo UNTIL, nie oboma.</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Bez pripomenutia</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Na začiatku</translation>
    </message>
    <message>
        <source>1 week before</source>
        <translation>1 týždeň vopred</translation>
    </message>
    <message>
        <source>{n} weeks before</source>
        <translation>{n} týž. vopred</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 deň vopred</translation>
    </message>
    <message>
        <source>{n} days before</source>
        <translation>{n} d vopred</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 hodinu vopred</translation>
    </message>
    <message>
        <source>{n} hours before</source>
        <translation>{n} h vopred</translation>
    </message>
    <message>
        <source>1 minute before</source>
        <translation>1 minútu vopred</translation>
    </message>
    <message>
        <source>{n} minutes before</source>
        <translation>{n} min vopred</translation>
    </message>
    <message>
        <source>Repeating event</source>
        <translation>Opakovaná udalosť</translation>
    </message>
    <message>
        <source>This is a repeating event. Delete only this event, this and the following events, or all events in the series?</source>
        <translation>Toto je opakovaná udalosť. Odstrániť len túto udalosť, túto a všetky nasledujúce, alebo všetky udalosti v sérii?</translation>
    </message>
    <message>
        <source>This is a repeating event. Change only this event, this and the following events, or all events in the series?</source>
        <translation>Toto je opakovaná udalosť. Zmeniť len túto udalosť, túto a všetky nasledujúce, alebo všetky udalosti v sérii?</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>Túto udalosť</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>Túto a nasledujúce</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Všetky udalosti</translation>
    </message>
    <message>
        <source>“{title}” is also in the Exchange calendar “{account}”. Deleting it here deletes it there too, from now on without asking.</source>
        <translation>Udalosť „{title}“ je aj v kalendári Exchange „{account}“. Ak ju odstránite tu, odstráni sa aj tam, a to odteraz bez pýtania.</translation>
    </message>
    <message>
        <source>Delete in both</source>
        <translation>Odstrániť v oboch</translation>
    </message>
    <message>
        <source>{account} (Exchange)</source>
        <translation>{account} (Exchange)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>O&amp;dstrániť…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Tento počítač</translation>
    </message>
    <message>
        <source>Where the event is kept and synced</source>
        <translation>Kde sa udalosť ukladá a synchronizuje</translation>
    </message>
    <message>
        <source>A removed Exchange account</source>
        <translation>Odobratý účet Exchange</translation>
    </message>
    <message>
        <source>An event stays in the calendar it was made in.</source>
        <translation>Udalosť zostáva v kalendári, v ktorom bola vytvorená.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nová udalosť</translation>
    </message>
    <message>
        <source>Edit this event</source>
        <translation>Upraviť túto udalosť</translation>
    </message>
    <message>
        <source>Edit this and the following events</source>
        <translation>Upraviť túto a nasledujúce udalosti</translation>
    </message>
    <message>
        <source>Edit all events in the series</source>
        <translation>Upraviť všetky udalosti v sérii</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Upraviť udalosť</translation>
    </message>
    <message>
        <source>e.g. Hearing at the regional court</source>
        <translation>napr. Pojednávanie na krajskom súde</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Názov:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Nepovinné</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Miesto:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Dátum začiatku</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Čas začiatku</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Dátum konca</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Čas konca</translation>
    </message>
    <message>
        <source>A&amp;ll day</source>
        <translation>&amp;Celý deň</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Začiatok:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Koniec:</translation>
    </message>
    <message>
        <source>None: the same clock time in every zone</source>
        <translation>Žiadne: rovnaký miestny čas v každom pásme</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Časové &amp;pásmo:</translation>
    </message>
    <message>
        <source>Custom rule…</source>
        <translation>Vlastné pravidlo…</translation>
    </message>
    <message>
        <source>RRULE, e.g. FREQ=WEEKLY;BYDAY=MO,WE</source>
        <translation>RRULE, napr. FREQ=WEEKLY;BYDAY=MO,WE</translation>
    </message>
    <message>
        <source>Repetition rule</source>
        <translation>Pravidlo opakovania</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Opakovanie:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nikdy</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dňa</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Last day of the series</source>
        <translation>Posledný deň série</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Počet opakovaní</translation>
    </message>
    <message>
        <source>times</source>
        <translation>opakovaniach</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>Pr&amp;ipomenutie:</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potvrdené</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Predbežné</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušené</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tav:</translation>
    </message>
    <message>
        <source>Jana Nováková &lt;jana@example.cz&gt;, petr@example.cz</source>
        <translation>Jana Nováková &lt;jana@example.sk&gt;, peter@example.sk</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>Úč&amp;astníci:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>Oso&amp;by:</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Bez spisu</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Spis:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Poznámk&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>Ka&amp;lendár:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Zdroj:</translation>
    </message>
    <message>
        <source>Changes apply to the event on {day} only.</source>
        <translation>Zmeny sa týkajú len udalosti dňa {day}.</translation>
    </message>
    <message>
        <source>Changes apply to the event on {day} and the following ones.</source>
        <translation>Zmeny sa týkajú udalosti dňa {day} a všetkých nasledujúcich.</translation>
    </message>
    <message>
        <source>Changes apply to every event in the series.</source>
        <translation>Zmeny sa týkajú všetkých udalostí v sérii.</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Končí dňa:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Neopakuje sa</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Každý deň</translation>
    </message>
    <message>
        <source>Every working day (Mon–Fri)</source>
        <translation>Každý pracovný deň (po – pi)</translation>
    </message>
    <message>
        <source>Weekly on {weekday}</source>
        <translation>Každý týždeň ({weekday})</translation>
    </message>
    <message>
        <source>Every 2 weeks on {weekday}</source>
        <translation>Každé 2 týždne ({weekday})</translation>
    </message>
    <message>
        <source>Monthly on day {day}</source>
        <translation>Každý mesiac {day}. deň</translation>
    </message>
    <message>
        <source>Monthly on the last working day</source>
        <translation>Každý mesiac posledný pracovný deň</translation>
    </message>
    <message>
        <source>Yearly on {date}</source>
        <translation>Každý rok {date}</translation>
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
        <translation>Koniec sé&amp;rie:</translation>
    </message>
    <message>
        <source>The same clock time wherever you are.</source>
        <translation>Rovnaký miestny čas, nech ste kdekoľvek.</translation>
    </message>
    <message>
        <source>Shown in your zone ({zone}): {when}</source>
        <translation>Vo vašom pásme ({zone}): {when}</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Zadajte názov udalosti.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Posledný deň je pred prvým.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Udalosť končí skôr, ako začína.</translation>
    </message>
    <message>
        <source>Unknown time zone; pick one from the list, e.g. Europe/Prague.</source>
        <translation>Neznáme časové pásmo; vyberte niektoré zo zoznamu, napr. Europe/Bratislava.</translation>
    </message>
    <message>
        <source>The series cannot end before its first day.</source>
        <translation>Séria nemôže skončiť pred svojím prvým dňom.</translation>
    </message>
    <message>
        <source>Not an e-mail address: {items}</source>
        <translation>Neplatná e-mailová adresa: {items}</translation>
    </message>
    <message>
        <source>Pick a matter from the list, or leave it empty.</source>
        <translation>Vyberte spis zo zoznamu alebo pole nechajte prázdne.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Odstrániť udalosť</translation>
    </message>
    <message>
        <source>Delete every event in the series “{title}”?</source>
        <translation>Odstrániť všetky udalosti série „{title}“?</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Odstrániť „{title}“?</translation>
    </message>
    <message>
        <source>It goes to the trash, where it can be restored.</source>
        <translation>Presunie sa do koša, odkiaľ ju možno obnoviť.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Odstrániť</translation>
    </message>
    <message>
        <source>It could not be saved; see the log.</source>
        <translation>Nepodarilo sa uložiť; podrobnosti sú v protokole.</translation>
    </message>
</context>
<context>
    <name>ExchangeAccountDialog</name>
    <message>
        <source>New Exchange Account</source>
        <translation>Nový účet Exchange</translation>
    </message>
    <message>
        <source>Exchange Account</source>
        <translation>Účet Exchange</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Doručená pošta</translation>
    </message>
    <message>
        <source>Sent Items</source>
        <translation>Odoslaná pošta</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Koncepty</translation>
    </message>
    <message>
        <source>Deleted Items</source>
        <translation>Odstránená pošta</translation>
    </message>
    <message>
        <source>Junk Email</source>
        <translation>Nevyžiadaná pošta</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Pošta na odoslanie</translation>
    </message>
    <message>
        <source>e.g. Office Exchange</source>
        <translation>napr. Kancelársky Exchange</translation>
    </message>
    <message>
        <source>As the server asks (recommended)</source>
        <translation>Podľa požiadavky servera (odporúčané)</translation>
    </message>
    <message>
        <source>NTLM (Windows login)</source>
        <translation>NTLM (prihlásenie do Windows)</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>O&amp;verovanie:</translation>
    </message>
    <message>
        <source>EWS &amp;address:</source>
        <translation>&amp;Adresa EWS:</translation>
    </message>
    <message>
        <source>https://mail.firm.cz/EWS/Exchange.asmx</source>
        <translation>https://mail.firma.sk/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://): the password and every message cross the network as plain text. Use it only for a server on this computer or a network you trust.</source>
        <translation>Táto adresa nie je šifrovaná (http://): heslo aj každá správa putujú sieťou ako obyčajný text. Používajte ju len pre server na tomto počítači alebo v sieti, ktorej dôverujete.</translation>
    </message>
    <message>
        <source>Find it from the &amp;e-mail address</source>
        <translation>Zistiť z &amp;e-mailovej adresy</translation>
    </message>
    <message>
        <source>SmallCRM asks the firm&apos;s server (autodiscover) with the mailbox e-mail and password below when you test the connection or save.</source>
        <translation>Pri teste pripojenia alebo pri uložení sa SmallCRM opýta servera kancelárie (autodiscover) pomocou e-mailu schránky a hesla uvedených nižšie.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>e.g. FIRMA\novakova</source>
        <translation>napr. FIRMA\novakova</translation>
    </message>
    <message>
        <source>As you sign in to Windows at the office: DOMAIN\user or user@firm.cz</source>
        <translation>Ako pri prihlasovaní do Windows v kancelárii: DOMÉNA\používateľ alebo používateľ@firma.sk</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Používateľské &amp;meno:</translation>
    </message>
    <message>
        <source>optional, e.g. jana.novakova@firm.cz</source>
        <translation>nepovinné, napr. jana.novakova@firma.sk</translation>
    </message>
    <message>
        <source>Needed when the user name is DOMAIN\user; else the user name is used.</source>
        <translation>Potrebné, ak má používateľské meno tvar DOMÉNA\používateľ; inak sa použije používateľské meno.</translation>
    </message>
    <message>
        <source>&amp;Mailbox e-mail:</source>
        <translation>E-mail &amp;schránky:</translation>
    </message>
    <message>
        <source>Sync the &amp;calendar both ways</source>
        <translation>Synchronizovať ka&amp;lendár obojsmerne</translation>
    </message>
    <message>
        <source>Appointments of this mailbox appear in SmallCRM&apos;s calendar, and those made or changed here go back to Exchange.</source>
        <translation>Stretnutia z tejto schránky sa zobrazia v kalendári SmallCRM a tie, ktoré tu vytvoríte alebo zmeníte, sa prenesú späť do Exchange.</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Kalendár:</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Zadajte názov účtu.</translation>
    </message>
    <message>
        <source>Type the EWS address, or let SmallCRM find it.</source>
        <translation>Zadajte adresu EWS, alebo ju nechajte SmallCRM zistiť.</translation>
    </message>
    <message>
        <source>This is not a web address: it looks like https://mail.firm.cz/EWS/Exchange.asmx</source>
        <translation>Toto nie je webová adresa; správna vyzerá ako https://mail.firma.sk/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <source>Confirm the unencrypted connection below, or use https://.</source>
        <translation>Nižšie potvrďte nešifrované pripojenie alebo použite https://.</translation>
    </message>
    <message>
        <source>Type the user name.</source>
        <translation>Zadajte používateľské meno.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Toto nie je e-mailová adresa.</translation>
    </message>
    <message>
        <source>Type the mailbox&apos;s e-mail address: a DOMAIN\user name does not say it.</source>
        <translation>Zadajte e-mailovú adresu schránky: z mena v tvare DOMÉNA\používateľ sa nedá zistiť.</translation>
    </message>
    <message>
        <source>Tick at least one folder to sync.</source>
        <translation>Začiarknite aspoň jeden priečinok na synchronizáciu.</translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Na otestovanie pripojenia zadajte heslo.</translation>
    </message>
    <message>
        <source>“{name}” is an IMAP account: it opens in the IMAP form.</source>
        <translation>„{name}“ je účet IMAP: otvára sa vo formulári pre IMAP.</translation>
    </message>
    <message>
        <source>A folder chosen earlier (Load folders names it)</source>
        <translation>Skôr vybraný priečinok (názov zobrazí Načítať priečinky)</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n mail folder(s) on the server.</source>
        <translation>
            <numerusform>Pripojené: na serveri je %n poštový priečinok.</numerusform>
            <numerusform>Pripojené: na serveri sú %n poštové priečinky.</numerusform>
            <numerusform>Pripojené: na serveri je %n poštových priečinkov.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asks for %1.</source>
        <translation>Server vyžaduje %1.</translation>
    </message>
    <message>
        <source>Found at %1</source>
        <translation>Nájdené na adrese %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n správa</numerusform>
            <numerusform>%n správy</numerusform>
            <numerusform>%n správ</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nepripojené.</translation>
    </message>
    <message>
        <source>Found what the server asks; saving…</source>
        <translation>Požiadavky servera zistené; ukladám…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Export kontaktov</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formát:</translation>
    </message>
    <message>
        <source>vCard 4.0 (current address books)</source>
        <translation>vCard 4.0 (súčasné adresáre)</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones and Outlook)</source>
        <translation>vCard 3.0 (staršie telefóny a Outlook)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets; UTF-8)</source>
        <translation>CSV (tabuľkové procesory; UTF-8)</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakty:</translation>
    </message>
    <message>
        <source>Selected contacts ({count})</source>
        <translation>Vybrané kontakty ({count})</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Všetky kontakty</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Súbor:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Vybrať…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportovať</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>All contacts ({count})</source>
        <translation>Všetky kontakty ({count})</translation>
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
        <translation>Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {file}.</source>
        <translation>Kontakty boli exportované do súboru {file} (počet: {count}).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>An unexpected error stopped the export. The details are in the log.</source>
        <translation>Export prerušila neočakávaná chyba. Podrobnosti nájdete v protokole.</translation>
    </message>
    <message>
        <source>The contacts were not exported. {reason}</source>
        <translation>Kontakty neboli exportované. {reason}</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups</source>
        <translation>Pripomienky</translation>
    </message>
    <message>
        <source>Be reminded when it is time to get in touch again</source>
        <translation>Pripomenúť, keď bude čas znova sa ozvať</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Každý %n týždeň</numerusform>
            <numerusform>Každé %n týždne</numerusform>
            <numerusform>Každých %n týždňov</numerusform>
        </translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Iné…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Nepripomínať</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>a ešte %n</numerusform>
            <numerusform>a ešte %n</numerusform>
            <numerusform>a ešte %n</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>po termíne od {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>termín dnes</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>termín zajtra</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>termín {date}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Mark done: it goes on the timeline</source>
        <translation>Označiť ako hotové; zapíše sa na časovú os</translation>
    </message>
    <message>
        <source>Mark “{title}” done</source>
        <translation>Označiť „{title}“ ako hotové</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Zatiaľ bez kontaktu</translation>
    </message>
    <message>
        <source>Last contact today</source>
        <translation>Naposledy v kontakte dnes</translation>
    </message>
    <message>
        <source>Last contact yesterday</source>
        <translation>Naposledy v kontakte včera</translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n days ago</source>
        <translation>
            <numerusform>Naposledy v kontakte pred %n dňom</numerusform>
            <numerusform>Naposledy v kontakte pred %n dňami</numerusform>
            <numerusform>Naposledy v kontakte pred %n dňami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n weeks ago</source>
        <translation>
            <numerusform>Naposledy v kontakte pred %n týždňom</numerusform>
            <numerusform>Naposledy v kontakte pred %n týždňami</numerusform>
            <numerusform>Naposledy v kontakte pred %n týždňami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n months ago</source>
        <translation>
            <numerusform>Naposledy v kontakte pred %n mesiacom</numerusform>
            <numerusform>Naposledy v kontakte pred %n mesiacmi</numerusform>
            <numerusform>Naposledy v kontakte pred %n mesiacmi</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay in touch: not set</source>
        <translation>Udržiavať kontakt: nenastavené</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Nastaviť…</translation>
    </message>
    <message numerus="yes">
        <source>Stay in touch every %n weeks</source>
        <translation>
            <numerusform>Udržiavať kontakt každý %n týždeň</numerusform>
            <numerusform>Udržiavať kontakt každé %n týždne</numerusform>
            <numerusform>Udržiavať kontakt každých %n týždňov</numerusform>
        </translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Zmeniť…</translation>
    </message>
    <message>
        <source>{last}, due since {date}</source>
        <translation>{last}, ozvať sa od {date}</translation>
    </message>
    <message>
        <source>{last}, next due {date}</source>
        <translation>{last}, nabudúce do {date}</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Akcia sa nepodarila: {reason}</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Udržiavať kontakt</translation>
    </message>
    <message>
        <source>Weeks between contacts:</source>
        <translation>Počet týždňov medzi kontaktmi:</translation>
    </message>
</context>
<context>
    <name>FormFrame</name>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložiť</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Import kontaktov</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Vrátiť tento import späť</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importovať</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Načítavam súbory…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importujem…</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Súbor CSV:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kódovanie:</translation>
    </message>
    <message>
        <source>Other delimiter</source>
        <translation>Iný oddeľovač</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Oddeľovač:</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>Prvý riadok je &amp;hlavička</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formát:</translation>
    </message>
    <message>
        <source>Under each column name, choose what the column holds. Rows shown in red cannot be imported as they are; point at one to see why.</source>
        <translation>Pod názvom každého stĺpca vyberte, čo stĺpec obsahuje. Riadky zobrazené načerveno nemožno v tejto podobe importovať; ukážte na niektorý z nich myšou a uvidíte prečo.</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Náhľad súboru</translation>
    </message>
    <message>
        <source>When a contact already exists:</source>
        <translation>Ak kontakt už existuje:</translation>
    </message>
    <message>
        <source>&amp;Update it from the file</source>
        <translation>&amp;Aktualizovať ho zo súboru</translation>
    </message>
    <message>
        <source>&amp;Skip it</source>
        <translation>&amp;Preskočiť ho</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Kopírovať zoznam</translation>
    </message>
    <message>
        <source>Copies file, line and reason of every problem, one per line</source>
        <translation>Skopíruje súbor, riadok a dôvod pri každom probléme, jeden problém na riadok</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Súbor</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riadok</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Dôvod</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problémy</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: nedá sa prečítať ({reason}).</translation>
    </message>
    <message>
        <source>{file}: {cards} contacts found, {problems} problems.</source>
        <translation>{file}: nájdené kontakty: {cards}, problémy: {problems}.</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8 with BOM)</source>
        <translation>Unicode (UTF-8 s BOM)</translation>
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
        <translation>Stredoeurópske (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO-8859-2)</source>
        <translation>Stredoeurópske (ISO-8859-2)</translation>
    </message>
    <message>
        <source>Central European (DOS 852)</source>
        <translation>Stredoeurópske (DOS 852)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Západoeurópske (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>Západoeurópske (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cyrilika (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-U)</source>
        <translation>Cyrilika (KOI8-U)</translation>
    </message>
    <message>
        <source>Cyrillic (ISO-8859-5)</source>
        <translation>Cyrilika (ISO-8859-5)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>Japonské (Shift-JIS)</translation>
    </message>
    <message>
        <source>{encoding} · detected</source>
        <translation>{encoding} · rozpoznané</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Čiarka (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Bodkočiarka (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulátor</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Zvislá čiara (|)</translation>
    </message>
    <message>
        <source>{delimiter} · detected</source>
        <translation>{delimiter} · rozpoznaný</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Iný:</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Stĺpec {number}</translation>
    </message>
    <message>
        <source>Showing the first {rows} rows; numbers on the left are file lines.</source>
        <translation>Náhľad prvých riadkov: {rows}; čísla vľavo sú čísla riadkov v súbore.</translation>
    </message>
    <message>
        <source>No rows to show: check the encoding and the delimiter.</source>
        <translation>Žiadne riadky na zobrazenie: skontrolujte kódovanie a oddeľovač.</translation>
    </message>
    <message>
        <source>SmallCRM export</source>
        <translation>Export zo SmallCRM</translation>
    </message>
    <message>
        <source>Outlook (recognised by its column names)</source>
        <translation>Outlook (rozpoznané podľa názvov stĺpcov)</translation>
    </message>
    <message>
        <source>Google Contacts (recognised by its column names)</source>
        <translation>Kontakty Google (rozpoznané podľa názvov stĺpcov)</translation>
    </message>
    <message>
        <source>Thunderbird (recognised by its column names)</source>
        <translation>Thunderbird (rozpoznané podľa názvov stĺpcov)</translation>
    </message>
    <message>
        <source>Not recognised: check how the columns are mapped</source>
        <translation>Nerozpoznané: skontrolujte priradenie stĺpcov</translation>
    </message>
    <message>
        <source>ID: {key}</source>
        <translation>ID: {key}</translation>
    </message>
    <message>
        <source>Column {number} holds</source>
        <translation>Stĺpec {number} obsahuje</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorovať —</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Osoba alebo organizácia</translation>
    </message>
    <message>
        <source>Title (before the name)</source>
        <translation>Titul (pred menom)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Krstné meno</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Stredné meno</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>Title (after the name)</source>
        <translation>Titul (za menom)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Celé meno</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Prezývka</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizácia</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Oddelenie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funkcia</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Narodeniny</translation>
    </message>
    <message>
        <source>Birthday: year</source>
        <translation>Narodeniny: rok</translation>
    </message>
    <message>
        <source>Birthday: month</source>
        <translation>Narodeniny: mesiac</translation>
    </message>
    <message>
        <source>Birthday: day</source>
        <translation>Narodeniny: deň</translation>
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
        <translation>E-mail (pracovný)</translation>
    </message>
    <message>
        <source>E-mail (home)</source>
        <translation>E-mail (súkromný)</translation>
    </message>
    <message>
        <source>E-mail (other)</source>
        <translation>E-mail (iný)</translation>
    </message>
    <message>
        <source>E-mail: label of the next</source>
        <translation>E-mail: označenie nasledujúceho</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation>Telefón (pracovný)</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>Telefón (súkromný)</translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation>Telefón (mobil)</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>Phone (other)</source>
        <translation>Telefón (iný)</translation>
    </message>
    <message>
        <source>Phone: label of the next</source>
        <translation>Telefón: označenie nasledujúceho</translation>
    </message>
    <message>
        <source>Address: label</source>
        <translation>Adresa: označenie</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webová stránka</translation>
    </message>
    <message>
        <source>Web page: label of the next</source>
        <translation>Webová stránka: označenie nasledujúcej</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <source>Registry number (IČO, REGON …)</source>
        <translation>Identifikačné číslo (IČO, REGON …)</translation>
    </message>
    <message>
        <source>Tax number (DIČ, NIP …)</source>
        <translation>Daňové číslo (DIČ, NIP …)</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>IČ DPH</translation>
    </message>
    <message>
        <source>Unique id (UID)</source>
        <translation>Jedinečný identifikátor (UID)</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Pracovná adresa</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Domáca adresa</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Iná adresa</translation>
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
        <translation>ulica, 2. riadok</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>P. O. Box</translation>
    </message>
    <message>
        <source>city</source>
        <translation>mesto</translation>
    </message>
    <message>
        <source>region</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>country</source>
        <translation>krajina</translation>
    </message>
    <message>
        <source>{address}: {part}</source>
        <translation>{address}: {part}</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Načítavam {file}</translation>
    </message>
    <message>
        <source>Saving {count} contacts…</source>
        <translation>Ukladám kontakty ({count})…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import dokončený</translation>
    </message>
    <message>
        <source>{imported} new contacts imported, {updated} updated, {unchanged} already up to date.</source>
        <translation>Nové kontakty: {imported}, aktualizované: {updated}, bez zmeny (už aktuálne): {unchanged}.</translation>
    </message>
    <message>
        <source>{count} records were not imported or not imported whole. Each is listed with its file and line; the rest of each file was imported.</source>
        <translation>Záznamy, ktoré neboli importované vôbec alebo len sčasti: {count}. Každý je uvedený so súborom a riadkom; zvyšok každého súboru bol importovaný.</translation>
    </message>
    <message>
        <source>Every record was read without a problem.</source>
        <translation>Všetky záznamy boli načítané bez problémov.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Vraciam späť…</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import vrátený späť</translation>
    </message>
    <message>
        <source>The import was undone: {count} records were taken back.</source>
        <translation>Import bol vrátený späť (odobraté záznamy: {count}).</translation>
    </message>
    <message>
        <source>The problems the import met are still listed below, for reference.</source>
        <translation>Problémy, na ktoré import narazil, zostávajú pre informáciu uvedené nižšie.</translation>
    </message>
    <message>
        <source>The import did not run</source>
        <translation>Import neprebehol</translation>
    </message>
    <message>
        <source>Nothing was changed. You can close this window and try again.</source>
        <translation>Nič sa nezmenilo. Toto okno môžete zavrieť a skúsiť to znova.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the work. The details are in the log file.</source>
        <translation>Prácu prerušila neočakávaná chyba. Podrobnosti nájdete v súbore protokolu.</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard *.csv *.txt)</source>
        <translation>Súbory kontaktov (*.vcf *.vcard *.csv *.txt)</translation>
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
        <translation>Všetky súbory (*)</translation>
    </message>
</context>
<context>
    <name>MailAccountDialogBase</name>
    <message>
        <source>Save</source>
        <translation>Uložiť</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>I understand; connect without encryption</source>
        <translation>Rozumiem; pripojiť bez šifrovania</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Názov:</translation>
    </message>
    <message>
        <source>leave empty to keep the saved one</source>
        <translation>nechajte prázdne, ak chcete ponechať uložené</translation>
    </message>
    <message>
        <source>Keep the password in memory until SmallCRM closes</source>
        <translation>Uchovať heslo v pamäti do ukončenia SmallCRM</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Otestovať pripojenie</translation>
    </message>
    <message>
        <source>&amp;Load folders</source>
        <translation>Načí&amp;tať priečinky</translation>
    </message>
    <message>
        <source>List the folders on the server</source>
        <translation>Zobraziť priečinky na serveri</translation>
    </message>
    <message>
        <source>&amp;Folders:</source>
        <translation>Priečin&amp;ky:</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>Posledných</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mes.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Everything in the mailbox</source>
        <translation>Všetko v poštovej schránke</translation>
    </message>
    <message>
        <source>First sync reaches back:</source>
        <translation>Prvá synchronizácia zahrnie:</translation>
    </message>
    <message>
        <source>All mail</source>
        <translation>Všetku poštu</translation>
    </message>
    <message>
        <source>Every message in the chosen folders is kept and searchable here.</source>
        <translation>Každá správa z vybraných priečinkov sa uloží a dá sa tu vyhľadať.</translation>
    </message>
    <message>
        <source>Only mail of contacts</source>
        <translation>Len poštu s kontaktmi</translation>
    </message>
    <message>
        <source>A message is kept only when a sender or recipient is in the address book; private and marketing mail stays on the server.</source>
        <translation>Správa sa uloží, len ak je odosielateľ alebo príjemca v adresári; súkromná a reklamná pošta zostane na serveri.</translation>
    </message>
    <message>
        <source>Only mail filed on a matter</source>
        <translation>Len poštu priradenú k spisu</translation>
    </message>
    <message>
        <source>Only messages in a conversation already filed on a matter are kept; the rest is not stored.</source>
        <translation>Ukladajú sa len správy z konverzácií, ktoré už sú priradené k spisu; ostatné sa neukladajú.</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Ukladať:</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Každých</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when I ask (Sync Mail Now)</source>
        <translation>Len na požiadanie (Synchronizovať poštu teraz)</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>Synchronizácia:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Pripája sa…</translation>
    </message>
    <message>
        <source>I trust this certificate (fingerprint %1)</source>
        <translation>Tomuto certifikátu dôverujem (odtlačok %1)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Compare its SHA-256 fingerprint with the one your mail provider or administrator gives you:
%1</source>
        <translation>Certifikát servera nie je dôveryhodný. Porovnajte jeho odtlačok SHA-256 s odtlačkom, ktorý vám oznámi poskytovateľ pošty alebo správca:
%1</translation>
    </message>
    <message>
        <source>The test failed unexpectedly; the log file has the details.</source>
        <translation>Test neočakávane zlyhal; podrobnosti nájdete v súbore protokolu.</translation>
    </message>
    <message>
        <source>Saving failed unexpectedly; the log file has the details.</source>
        <translation>Uloženie neočakávane zlyhalo; podrobnosti nájdete v súbore protokolu.</translation>
    </message>
    <message>
        <source>Type the account&apos;s password.</source>
        <translation>Zadajte heslo k účtu.</translation>
    </message>
    <message>
        <source>No secure password store works on this computer: tick “Keep the password in memory until SmallCRM closes”, or install a password store.</source>
        <translation>Na tomto počítači nefunguje žiadne zabezpečené úložisko hesiel: začiarknite „Uchovať heslo v pamäti do ukončenia SmallCRM“ alebo nainštalujte úložisko hesiel.</translation>
    </message>
</context>
<context>
    <name>MailAccountsDialog</name>
    <message>
        <source>Mail Accounts</source>
        <translation>Poštové účty</translation>
    </message>
    <message>
        <source>No mail accounts yet. Add one to see client mail on contacts and matters.</source>
        <translation>Zatiaľ nemáte žiadny poštový účet. Pridajte ho a pri kontaktoch a spisoch uvidíte poštu s klientmi.</translation>
    </message>
    <message>
        <source>Add &amp;IMAP Account…</source>
        <translation>Pridať účet &amp;IMAP…</translation>
    </message>
    <message>
        <source>Add E&amp;xchange Account…</source>
        <translation>Pridať účet E&amp;xchange…</translation>
    </message>
    <message>
        <source>A mailbox on the firm&apos;s own Microsoft Exchange Server (EWS)</source>
        <translation>Poštová schránka na vlastnom serveri Microsoft Exchange Server kancelárie (EWS)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upraviť…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchronizovať teraz</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Odobrať…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>prebieha synchronizácia…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored</source>
        <translation>
            <numerusform>%n uložená správa</numerusform>
            <numerusform>%n uložené správy</numerusform>
            <numerusform>%n uložených správ</numerusform>
        </translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>zatiaľ nesynchronizované</translation>
    </message>
    <message>
        <source>%1 on Exchange %2</source>
        <translation>%1 na serveri Exchange %2</translation>
    </message>
    <message>
        <source>Stop syncing “%1” and forget its password?

The messages already stored stay here, listed, searchable and filed as they are. Nothing is deleted on the server.</source>
        <translation>Prestať synchronizovať „%1“ a zabudnúť jeho heslo?

Už uložené správy tu zostanú, v zoznamoch, vo vyhľadávaní aj založené v spisoch tak, ako sú. Na serveri sa nič nezmaže.</translation>
    </message>
    <message>
        <source>Its calendar&apos;s events stay too, as this computer&apos;s events; changes to them no longer go to Exchange.</source>
        <translation>Zostanú aj udalosti jeho kalendára, ako udalosti tohto počítača; ich zmeny už do Exchange nepôjdu.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Odobrať účet</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odobrať</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
</context>
<context>
    <name>MailSync</name>
    <message>
        <source>no password</source>
        <translation>chýba heslo</translation>
    </message>
    <message>
        <source>sync failed unexpectedly</source>
        <translation>synchronizácia neočakávane zlyhala</translation>
    </message>
    <message>
        <source>password refused</source>
        <translation>heslo odmietnuté</translation>
    </message>
    <message>
        <source>server not reachable</source>
        <translation>server je nedostupný</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>certifikát nie je dôveryhodný</translation>
    </message>
    <message>
        <source>being synced elsewhere</source>
        <translation>synchronizuje sa inde</translation>
    </message>
    <message>
        <source>server busy</source>
        <translation>server je preťažený</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar conflict(s)</source>
        <translation>
            <numerusform>%n konflikt v kalendári</numerusform>
            <numerusform>%n konflikty v kalendári</numerusform>
            <numerusform>%n konfliktov v kalendári</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts to sync</source>
        <translation>Žiadne účty na synchronizáciu</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronizujem %1…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 %3…</source>
        <translation>Synchronizujem %1: %2 %3…</translation>
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
        <translation> — ďalší pokus o %1</translation>
    </message>
    <message>
        <source>Mail not synced yet</source>
        <translation>Pošta zatiaľ nebola synchronizovaná</translation>
    </message>
    <message>
        <source>Mail synced %1 — %2 new</source>
        <translation>Pošta synchronizovaná o %1 — nových: %2</translation>
    </message>
    <message>
        <source>, %1 not kept (privacy)</source>
        <translation>, neuložených: %1 (súkromie)</translation>
    </message>
    <message>
        <source>Add a mail account in File › Mail Accounts…</source>
        <translation>Poštový účet pridáte v ponuke Súbor › Poštové účty…</translation>
    </message>
    <message>
        <source>%1: last synced %2 %3 — %4 new, %5 not kept (privacy); %6 stored</source>
        <translation>%1: naposledy synchronizované %2 o %3 — nových: %4, neuložených: %5 (súkromie); uložených celkom: %6</translation>
    </message>
    <message>
        <source>%1: not synced yet</source>
        <translation>%1: zatiaľ nesynchronizované</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Posledná chyba: %1</translation>
    </message>
    <message>
        <source>Next try %1</source>
        <translation>Ďalší pokus o %1</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar change(s) wait for your decision</source>
        <translation>
            <numerusform>%n zmena v kalendári čaká na vaše rozhodnutie</numerusform>
            <numerusform>%n zmeny v kalendári čakajú na vaše rozhodnutie</numerusform>
            <numerusform>%n zmien v kalendári čaká na vaše rozhodnutie</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncs only when you ask (F9)</source>
        <translation>Synchronizuje sa len na požiadanie (F9)</translation>
    </message>
</context>
<context>
    <name>MailView</name>
    <message>
        <source>Mail accounts</source>
        <translation>Poštové účty</translation>
    </message>
    <message>
        <source>No mail here</source>
        <translation>Tu nie je žiadna pošta</translation>
    </message>
    <message>
        <source>Mail from the accounts you add appears here after the next sync.</source>
        <translation>Pošta z účtov, ktoré pridáte, sa tu zobrazí po nasledujúcej synchronizácii.</translation>
    </message>
    <message>
        <source>Mail with this person or on this matter appears here.</source>
        <translation>Tu sa zobrazí pošta s touto osobou alebo k tomuto spisu.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Správy</translation>
    </message>
    <message>
        <source>All mail</source>
        <translation>Všetka pošta</translation>
    </message>
    <message>
        <source>{user} on {host}: {count} messages</source>
        <translation>{user} na {host} – počet správ: {count}</translation>
    </message>
    <message>
        <source>see the log</source>
        <translation>podrobnosti sú v protokole</translation>
    </message>
    <message>
        <source>The message cannot be shown: {reason}</source>
        <translation>Správu nemožno zobraziť: {reason}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez predmetu)</translation>
    </message>
    <message>
        <source>Not filed on a matter</source>
        <translation>Nepriradené k spisu</translation>
    </message>
    <message>
        <source>Move to &amp;matter…</source>
        <translation>Presunúť do &amp;spisu…</translation>
    </message>
    <message>
        <source>File on &amp;matter…</source>
        <translation>Priradiť k &amp;spisu…</translation>
    </message>
    <message>
        <source>Parts of this message could not be read.</source>
        <translation>Časti tejto správy sa nepodarilo prečítať.</translation>
    </message>
    <message>
        <source>Remote images were blocked ({count}).</source>
        <translation>Vzdialené obrázky boli zablokované (počet: {count}).</translation>
    </message>
    <message>
        <source>— filed</source>
        <translation>— zaradené</translation>
    </message>
    <message>
        <source>Open the Mail section to file documents</source>
        <translation>Na zaradenie dokumentov otvorte sekciu Pošta</translation>
    </message>
    <message>
        <source>Pick a matter from the list.</source>
        <translation>Vyberte spis zo zoznamu.</translation>
    </message>
    <message>
        <source>Filed on the matter.</source>
        <translation>Priradené k spisu.</translation>
    </message>
    <message>
        <source>Removed from the matter.</source>
        <translation>Odobrané zo spisu.</translation>
    </message>
    <message>
        <source>Not filed: {reason}</source>
        <translation>Nezaradené: {reason}</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Uložiť prílohu</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Uložené: {name}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Neuložené: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Filed as %n document(s).</source>
        <translation>
            <numerusform>Zaradené ako %n dokument.</numerusform>
            <numerusform>Zaradené ako %n dokumenty.</numerusform>
            <numerusform>Zaradené ako %n dokumentov.</numerusform>
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
        <source>New &amp;Matter</source>
        <translation>Nový &amp;spis</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importovať kontakty…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>&amp;Exportovať kontakty…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicate Contacts…</source>
        <translation>Nájsť &amp;duplicitné kontakty…</translation>
    </message>
    <message>
        <source>Mail &amp;Accounts…</source>
        <translation>&amp;Poštové účty…</translation>
    </message>
    <message>
        <source>&amp;Sync Mail Now</source>
        <translation>Synchroni&amp;zovať poštu teraz</translation>
    </message>
    <message>
        <source>Calendar &amp;Conflicts…</source>
        <translation>Kon&amp;flikty v kalendári…</translation>
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
        <source>&amp;Preferences…</source>
        <translation>Nas&amp;tavenia…</translation>
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
        <source>Review…</source>
        <translation>Skontrolovať…</translation>
    </message>
    <message>
        <source>Calendar changes that wait for your decision</source>
        <translation>Zmeny v kalendári, ktoré čakajú na vaše rozhodnutie</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracujem…</translation>
    </message>
    <message>
        <source>Your changes are stored as version {number}.</source>
        <translation>Vaše zmeny sú uložené ako verzia {number}.</translation>
    </message>
    <message>
        <source>Calendar &amp;Conflicts (%1)…</source>
        <translation>Kon&amp;flikty v kalendári (%1)…</translation>
    </message>
    <message>
        <source>Coming in a later version of SmallCRM.</source>
        <translation>Príde v niektorej z ďalších verzií SmallCRM.</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Tučné (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Kurzíva (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Odrážky</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Číslovaný zoznam</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, - list</source>
        <translation>Markdown: **tučné**, *kurzíva*, - zoznam</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Náhľad</translation>
    </message>
</context>
<context>
    <name>MatterFormDialog</name>
    <message>
        <source>New matter</source>
        <translation>Nový spis</translation>
    </message>
    <message>
        <source>Edit {number}</source>
        <translation>Upraviť {number}</translation>
    </message>
    <message>
        <source>e.g. Novák v. Dvořák, Tax return 2025</source>
        <translation>napr. Novák v. Dvořák, Daňové priznanie 2025</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Názov:</translation>
    </message>
    <message>
        <source>Given automatically, like {example}</source>
        <translation>Pridelí sa samo, napr. {example}</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>Čís&amp;lo:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(žiadny)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Fáza:</translation>
    </message>
    <message>
        <source>Who in the firm answers for it</source>
        <translation>Kto za spis v kancelárii zodpovedá</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Zodpovedá:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>Z&amp;aložené:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vymazať</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Neuzavreté</translation>
    </message>
    <message>
        <source>Cl&amp;osed:</source>
        <translation>&amp;Uzavreté:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Poz&amp;námky:</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter uloží, Esc zruší</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložiť</translation>
    </message>
    <message>
        <source>Enter a title for the matter.</source>
        <translation>Zadajte názov spisu.</translation>
    </message>
    <message>
        <source>The title is too long: at most {count} characters.</source>
        <translation>Názov je príliš dlhý: najviac {count} znakov.</translation>
    </message>
    <message>
        <source>The matter cannot close before it opens.</source>
        <translation>Spis nemôže byť uzavretý skôr, ako bol založený.</translation>
    </message>
    <message>
        <source>Pick the client from the list of names, or leave it empty.</source>
        <translation>Vyberte klienta zo zoznamu mien alebo pole nechajte prázdne.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Opravte, prosím, označené polia.</translation>
    </message>
    <message>
        <source>The number {number} is already used by another matter.</source>
        <translation>Číslo {number} už má iný spis.</translation>
    </message>
    <message>
        <source>The matter could not be saved; see the log.</source>
        <translation>Spis sa nepodarilo uložiť; podrobnosti sú v protokole.</translation>
    </message>
</context>
<context>
    <name>MatterPage</name>
    <message>
        <source>← &amp;Back to matters</source>
        <translation>← &amp;Späť na spisy</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Späť na zoznam (Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upraviť…</translation>
    </message>
    <message>
        <source>Change the title, number, stage, dates (F2)</source>
        <translation>Zmeniť názov, číslo, fázu, dátumy (F2)</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Presunúť do &amp;koša</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Účastníci</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Časová os</translation>
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
        <source>Conflict check</source>
        <translation>Kontrola konfliktu záujmov</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>No parties yet. Add the client, the other side and anyone else involved.</source>
        <translation>Zatiaľ žiadni účastníci. Pridajte klienta, protistranu a ďalších zúčastnených.</translation>
    </message>
    <message>
        <source>&amp;Add party…</source>
        <translation>&amp;Pridať účastníka…</translation>
    </message>
    <message>
        <source>Open &amp;contact</source>
        <translation>Otvoriť &amp;kontakt</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Odobrať</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Úloha</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>No open tasks for this matter. Set a reminder below to follow it up.</source>
        <translation>K spisu nie sú žiadne otvorené úlohy. Nižšie si môžete nastaviť pripomenutie.</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Označiť ako &amp;hotové</translation>
    </message>
    <message>
        <source>Remind me in</source>
        <translation>Pripomenúť o</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dní</translation>
    </message>
    <message>
        <source>Days until the reminder</source>
        <translation>Počet dní do pripomenutia</translation>
    </message>
    <message>
        <source>Set &amp;reminder</source>
        <translation>Nastaviť &amp;pripomenutie</translation>
    </message>
    <message>
        <source>&amp;Deadline calculator…</source>
        <translation>Kalkulačka le&amp;hôt…</translation>
    </message>
    <message>
        <source>Count a deadline from a date, skipping weekends and public holidays</source>
        <translation>Vypočítať lehotu od zadaného dátumu s ohľadom na víkendy a sviatky</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Lehota</translation>
    </message>
    <message>
        <source>Stage: {stage} ({days})</source>
        <translation>Fáza: {stage} ({days})</translation>
    </message>
    <message>
        <source>Responsible: {name}</source>
        <translation>Zodpovedá: {name}</translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation>Založené {date}</translation>
    </message>
    <message>
        <source>Closed {date}</source>
        <translation>Uzavreté {date}</translation>
    </message>
    <message>
        <source>{name} (in the trash)</source>
        <translation>{name} (v koši)</translation>
    </message>
    <message>
        <source>Parties ({count})</source>
        <translation>Účastníci ({count})</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Pripomenutie</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po termíne</translation>
    </message>
    <message>
        <source>Tasks ({count})</source>
        <translation>Úlohy ({count})</translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation>Označené ako hotové.</translation>
    </message>
    <message>
        <source>Follow up: {matter}</source>
        <translation>Ozvať sa: {matter}</translation>
    </message>
    <message>
        <source>Reminder set for {date}.</source>
        <translation>Pripomenutie nastavené na {date}.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the change. The details are in the log.</source>
        <translation>Zmenu zastavila neočakávaná chyba. Podrobnosti sú v protokole.</translation>
    </message>
</context>
<context>
    <name>MatterPickDialog</name>
    <message>
        <source>File on matter</source>
        <translation>Priradiť k spisu</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Spis:</translation>
    </message>
    <message>
        <source>The whole &amp;conversation ({count} messages)</source>
        <translation>Celú &amp;konverzáciu (správ: {count})</translation>
    </message>
</context>
<context>
    <name>MatterSettingsDialog</name>
    <message>
        <source>Stages, types and numbers</source>
        <translation>Fázy, typy a čísla</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fázy</translation>
    </message>
    <message>
        <source>Matter types</source>
        <translation>Typy spisov</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Čísla</translation>
    </message>
    <message>
        <source>The board shows one column per stage, in this order. Intake stages come before the firm takes a matter on; closed and declined stages end it.</source>
        <translation>Nástenka má pre každú fázu jeden stĺpec, v tomto poradí. Fázy príjmu predchádzajú prevzatiu veci kanceláriou; uzavreté a odmietnuté fázy spis ukončujú.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fáza</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Zobrazenie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Názov:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Stav:</translation>
    </message>
    <message>
        <source>&amp;Save stage</source>
        <translation>&amp;Uložiť fázu</translation>
    </message>
    <message>
        <source>&amp;New stage</source>
        <translation>Nová &amp;fáza</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Posunúť &amp;nahor</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Posunúť na&amp;dol</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivovať</translation>
    </message>
    <message>
        <source>The kinds of work the firm does. An archived type is no longer offered; matters of that type keep it.</source>
        <translation>Druhy práce, ktoré kancelária robí. Archivovaný typ sa už neponúka; spisy tohto typu si ho ponechajú.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Náze&amp;v:</translation>
    </message>
    <message>
        <source>Save t&amp;ype</source>
        <translation>Uložiť t&amp;yp</translation>
    </message>
    <message>
        <source>New &amp;type</source>
        <translation>Nový &amp;typ</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivovať</translation>
    </message>
    <message>
        <source>Number &amp;pattern:</source>
        <translation>&amp;Vzor čísla:</translation>
    </message>
    <message>
        <source>{year} is the year the matter opens (2026), {yy} its last two digits (26), {seq} the running number; {seq:04} writes it with four digits (0042). With the year in the pattern the running number starts anew each year. Numbers once given are never given again.</source>
        <translation>{year} je rok založenia spisu (2026), {yy} jeho posledné dve číslice (26), {seq} poradové číslo; {seq:04} ho zapíše štyrmi číslicami (0042). Ak je vo vzore rok, poradové číslo začína každý rok odznova. Raz pridelené čísla sa už nikdy znova nepridelia.</translation>
    </message>
    <message>
        <source>Save &amp;pattern</source>
        <translation>Uložiť &amp;vzor</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivované</translation>
    </message>
    <message>
        <source>on the board</source>
        <translation>na nástenke</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>ponúka sa</translation>
    </message>
    <message>
        <source>&amp;Restore to the board</source>
        <translation>&amp;Vrátiť na nástenku</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>&amp;Obnoviť</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nová fáza</translation>
    </message>
    <message>
        <source>New type</source>
        <translation>Nový typ</translation>
    </message>
    <message>
        <source>New matters will be numbered like {example}.</source>
        <translation>Nové spisy dostanú čísla ako {example}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Uložené.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the change. The details are in the log.</source>
        <translation>Zmenu zastavila neočakávaná chyba. Podrobnosti sú v protokole.</translation>
    </message>
    <message>
        <source>Matters are still in this stage. Move them to another stage first, then archive it.</source>
        <translation>V tejto fáze sú ešte spisy. Najprv ich presuňte do inej fázy, potom ju archivujte.</translation>
    </message>
    <message>
        <source>There is already a stage of that name.</source>
        <translation>Fáza s týmto názvom už existuje.</translation>
    </message>
    <message>
        <source>There is already a matter type of that name.</source>
        <translation>Typ spisu s týmto názvom už existuje.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Zadajte názov.</translation>
    </message>
    <message>
        <source>The pattern needs {seq}, the running number; for example {year}/{seq:04}.</source>
        <translation>Vzor musí obsahovať {seq}, poradové číslo; napríklad {year}/{seq:04}.</translation>
    </message>
    <message>
        <source>The pattern has a placeholder SmallCRM does not know. Use {year}, {yy} and {seq} (or {seq:04} for four digits).</source>
        <translation>Vzor obsahuje zástupný znak, ktorý SmallCRM nepozná. Použite {year}, {yy} a {seq} (alebo {seq:04} pre štyri číslice).</translation>
    </message>
</context>
<context>
    <name>MatterTexts</name>
    <message>
        <source>Inquiry</source>
        <translation>Dopyt</translation>
    </message>
    <message>
        <source>Conflict check</source>
        <translation>Kontrola konfliktu záujmov</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Prevzaté</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Prebieha</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Uzavreté</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odmietnuté</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Poradenstvo</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Zmluva</translation>
    </message>
    <message>
        <source>Tax return</source>
        <translation>Daňové priznanie</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Mzdy</translation>
    </message>
    <message>
        <source>Bookkeeping</source>
        <translation>Účtovníctvo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Opposing party</source>
        <translation>Protistrana</translation>
    </message>
    <message>
        <source>Opposing counsel</source>
        <translation>Právny zástupca protistrany</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Svedok</translation>
    </message>
    <message>
        <source>Court or authority</source>
        <translation>Súd alebo úrad</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Súvisiaci</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Príjem</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dnes</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n deň</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dní</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MattersTableModel</name>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fáza</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zodpovedá</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Založené</translation>
    </message>
</context>
<context>
    <name>MattersView</name>
    <message>
        <source>No matters yet</source>
        <translation>Zatiaľ žiadne spisy</translation>
    </message>
    <message>
        <source>Open a matter for each case or engagement: its parties, timeline, tasks and documents stay together.</source>
        <translation>Založte spis pre každú vec alebo zákazku: jej účastníci, časová os, úlohy a dokumenty zostanú pohromade.</translation>
    </message>
    <message>
        <source>New matter: Ctrl+Shift+N</source>
        <translation>Nový spis: Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>No matching matters</source>
        <translation>Žiadne zodpovedajúce spisy</translation>
    </message>
    <message>
        <source>Try other filters or fewer words.</source>
        <translation>Skúste iné filtre alebo menej slov.</translation>
    </message>
    <message>
        <source>Loading matters…</source>
        <translation>Načítavam spisy…</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Spisy</translation>
    </message>
    <message>
        <source>Filter by number, title or party</source>
        <translation>Filtrovať podľa čísla, názvu alebo účastníka</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Zoznam</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Nástenka</translation>
    </message>
    <message>
        <source>Switch between the list and the board (Ctrl+Shift+B)</source>
        <translation>Prepnúť medzi zoznamom a nástenkou (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Stages and types…</source>
        <translation>Fázy a typy…</translation>
    </message>
    <message>
        <source>Edit the pipeline&apos;s stages, the matter types and the number pattern</source>
        <translation>Upraviť fázy, typy spisov a vzor čísel</translation>
    </message>
    <message>
        <source>New matter</source>
        <translation>Nový spis</translation>
    </message>
    <message>
        <source>Open a new matter (Ctrl+Shift+N)</source>
        <translation>Založiť nový spis (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Open matters, or one phase</source>
        <translation>Otvorené spisy alebo jeden stav</translation>
    </message>
    <message>
        <source>All matters</source>
        <translation>Všetky spisy</translation>
    </message>
    <message>
        <source>Open matters</source>
        <translation>Otvorené spisy</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Príjem</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Prevzaté</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Uzavreté</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odmietnuté</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fáza</translation>
    </message>
    <message>
        <source>Show only matters in this stage</source>
        <translation>Zobraziť len spisy v tejto fáze</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Show only matters of this type</source>
        <translation>Zobraziť len spisy tohto typu</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zodpovedá</translation>
    </message>
    <message>
        <source>Show only the matters this person answers for</source>
        <translation>Zobraziť len spisy, za ktoré táto osoba zodpovedá</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Všetky fázy</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Všetky typy</translation>
    </message>
    <message>
        <source>Anyone responsible</source>
        <translation>Ktokoľvek zodpovedný</translation>
    </message>
    <message>
        <source>Could not load the matters.</source>
        <translation>Spisy sa nepodarilo načítať.</translation>
    </message>
    <message>
        <source>{shown} of {total} matters</source>
        <translation>{shown} z {total} spisov</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matters</source>
        <translation>
            <numerusform>%Ln spis</numerusform>
            <numerusform>%Ln spisy</numerusform>
            <numerusform>%Ln spisov</numerusform>
        </translation>
    </message>
    <message>
        <source>That matter is no longer there.</source>
        <translation>Tento spis už neexistuje.</translation>
    </message>
    <message>
        <source>Moved to {stage}.</source>
        <translation>Presunuté do fázy {stage}.</translation>
    </message>
    <message numerus="yes">
        <source>Filed %n message(s) on the matter.</source>
        <translation>
            <numerusform>K spisu bola priradená %n správa.</numerusform>
            <numerusform>K spisu boli priradené %n správy.</numerusform>
            <numerusform>K spisu bolo priradených %n správ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n matter(s) to the trash</source>
        <translation>
            <numerusform>%n spis presunutý do koša</numerusform>
            <numerusform>%n spisy presunuté do koša</numerusform>
            <numerusform>%n spisov presunutých do koša</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n matter(s) from the trash</source>
        <translation>
            <numerusform>%n spis obnovený z koša</numerusform>
            <numerusform>%n spisy obnovené z koša</numerusform>
            <numerusform>%n spisov obnovených z koša</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>To sa nepodarilo; podrobnosti sú v protokole.</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>To sa nepodarilo: {reason}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>Zlúčenie kontaktov</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation>Zlúčenie organizácií</translation>
    </message>
    <message>
        <source>Merge two organisations into one</source>
        <translation>Zlúčiť dve organizácie do jednej</translation>
    </message>
    <message>
        <source>Merge two contacts into one</source>
        <translation>Zlúčiť dva kontakty do jedného</translation>
    </message>
    <message>
        <source>Where the two differ, choose the value to keep. E-mails, phones, addresses, web links and tags of both are all kept, and everyone working at either one works at the one kept. The merge can be undone.</source>
        <translation>Kde sa oba záznamy líšia, vyberte hodnotu, ktorá sa má zachovať. E-maily, telefóny, adresy, webové odkazy a štítky z oboch záznamov sa zachovajú všetky a kto pracuje v ktorejkoľvek z oboch organizácií, bude pracovať v tej zachovanej. Zlúčenie možno vrátiť späť.</translation>
    </message>
    <message>
        <source>Where the two differ, choose the value to keep. E-mails, phones, addresses, web links, tags and relations of both are all kept. The merge can be undone.</source>
        <translation>Kde sa oba záznamy líšia, vyberte hodnotu, ktorá sa má zachovať. E-maily, telefóny, adresy, webové odkazy, štítky a vzťahy z oboch záznamov sa zachovajú všetky. Zlúčenie možno vrátiť späť.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zlúčiť</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Reading both organisations…</source>
        <translation>Načítavam obe organizácie…</translation>
    </message>
    <message>
        <source>Reading both contacts…</source>
        <translation>Načítavam oba kontakty…</translation>
    </message>
    <message>
        <source>The two organisations could not be read: {reason}</source>
        <translation>Organizácie sa nepodarilo načítať: {reason}</translation>
    </message>
    <message>
        <source>The two contacts could not be read: {reason}</source>
        <translation>Kontakty sa nepodarilo načítať: {reason}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titul</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Krstné meno</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Stredné meno</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Priezvisko</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Titul za menom</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Zobrazované meno</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Prezývka</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funkcia</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Oddelenie</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Narodeniny</translation>
    </message>
    <message>
        <source>Personal ID</source>
        <translation>Rodné číslo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotografia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Právna forma</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Krajina</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>Tax no.</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>(a photo that cannot be shown)</source>
        <translation>(fotografiu nemožno zobraziť)</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Zachovať:</translation>
    </message>
    <message>
        <source>{name} (no. {id})</source>
        <translation>{name} (č. {id})</translation>
    </message>
    <message>
        <source>This record stays; the other one is merged into it and removed.</source>
        <translation>Tento záznam zostane; druhý sa doň zlúči a odstráni sa.</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Zachovať {name}</translation>
    </message>
    <message>
        <source>Kept from both</source>
        <translation>Zachová sa z oboch</translation>
    </message>
    <message>
        <source>This photo</source>
        <translation>Táto fotografia</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-maily</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefóny</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresy</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Vzťahy</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Neither has e-mails, phones, addresses or tags.</source>
        <translation>Ani jeden nemá e-maily, telefóny, adresy ani štítky.</translation>
    </message>
    <message>
        <source>· from the other record</source>
        <translation>· z druhého záznamu</translation>
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
        <translation>pôsobí v organizácii {organization}</translation>
    </message>
    <message>
        <source>{role}: {person}</source>
        <translation>{role}: {person}</translation>
    </message>
    <message>
        <source>related to {person}</source>
        <translation>vzťah k osobe {person}</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Zlučujem…</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>neočakávaná chyba</translation>
    </message>
    <message>
        <source>The merge did not happen ({reason}). Nothing was changed.</source>
        <translation>Zlúčenie neprebehlo ({reason}). Nič sa nezmenilo.</translation>
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
        <translation>Komu:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Kópia:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dátum:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Priečinok:</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>Spis:</translation>
    </message>
    <message>
        <source>Deleted on the server: the copy kept here stays until you remove it.</source>
        <translation>Na serveri vymazané: kópia uložená tu zostane, kým ju neodstránite.</translation>
    </message>
    <message>
        <source>File on &amp;matter…</source>
        <translation>Priradiť k &amp;spisu…</translation>
    </message>
    <message>
        <source>&amp;Remove from matter</source>
        <translation>&amp;Odobrať zo spisu</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Prílohy</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Uložiť &amp;ako…</translation>
    </message>
    <message>
        <source>File as &amp;document</source>
        <translation>Zaradiť ako &amp;dokument</translation>
    </message>
    <message>
        <source>Show for this &amp;message</source>
        <translation>&amp;Zobraziť pri tejto správe</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konverzácia</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Správa</translation>
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
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Spis</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(neznámy)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez predmetu)</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>neprečítané</translation>
    </message>
    <message>
        <source>with attachments</source>
        <translation>s prílohami</translation>
    </message>
</context>
<context>
    <name>OrganizationView</name>
    <message>
        <source>← &amp;Back to contacts</source>
        <translation>← &amp;Späť na kontakty</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Späť na zoznam (Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Upraviť</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno</translation>
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
        <translation>Telefón</translation>
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
        <translation>&amp;Pripomenúť</translation>
    </message>
    <message>
        <source>Remind me to follow up in a few days</source>
        <translation>Pripomenúť sa o niekoľko dní</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Časová os</translation>
    </message>
    <message>
        <source>No people are linked to this organisation yet.</source>
        <translation>K tejto organizácii zatiaľ nie sú priradené žiadne osoby.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizácia</translation>
    </message>
    <message>
        <source>Registry no. {n}</source>
        <translation>IČO {n}</translation>
    </message>
    <message>
        <source>Tax no. {n}</source>
        <translation>DIČ {n}</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Identifikačné údaje</translation>
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
        <source>Matters</source>
        <translation>Spisy</translation>
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
        <translation>Pridať účastníka</translation>
    </message>
    <message>
        <source>Start typing a person&apos;s or organisation&apos;s name</source>
        <translation>Začnite písať meno osoby alebo názov organizácie</translation>
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
        <translation>Nepovinné, napr. koho zastupuje</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Poznámka:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Pridať</translation>
    </message>
    <message>
        <source>Pick the person or organisation from the list of names.</source>
        <translation>Vyberte osobu alebo organizáciu zo zoznamu mien.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Mail Password</source>
        <translation>Heslo k pošte</translation>
    </message>
    <message>
        <source>SmallCRM needs the password of the mail account “%1” to sync it.</source>
        <translation>Na synchronizáciu poštového účtu „%1“ potrebuje SmallCRM heslo.</translation>
    </message>
    <message>
        <source>Save it in the system password store</source>
        <translation>Uložiť do systémového úložiska hesiel</translation>
    </message>
    <message>
        <source>Otherwise it is kept in memory only, until SmallCRM closes.</source>
        <translation>Inak zostane len v pamäti, kým sa SmallCRM neukončí.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizovať</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Type a name to add someone</source>
        <translation>Napíšte meno a pridajte ďalšieho</translation>
    </message>
    <message>
        <source>Add a person or organisation</source>
        <translation>Pridať osobu alebo organizáciu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odstrániť</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Odstrániť {name}</translation>
    </message>
</context>
<context>
    <name>PickDateDialog</name>
    <message>
        <source>Remind me on</source>
        <translation>Pripomenúť dňa</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvoriť</translation>
    </message>
    <message>
        <source>Move to the &amp;previous stage</source>
        <translation>Presunúť do &amp;predchádzajúcej fázy</translation>
    </message>
    <message>
        <source>Move to the &amp;next stage</source>
        <translation>Presunúť do ď&amp;alšej fázy</translation>
    </message>
    <message>
        <source>&amp;Move to stage</source>
        <translation>Presu&amp;núť do fázy</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Nastavenia</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>Predvolená &amp;krajina:</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as this country&apos;s, and its numbers are shown in the national format.</source>
        <translation>Telefónne čísla zapísané bez predvoľby krajiny sa považujú za čísla tejto krajiny a jej čísla sa zobrazujú vo vnútroštátnom formáte.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Jazyk rozhrania:</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Prejaví sa pri ďalšom spustení.</translation>
    </message>
    <message>
        <source>System ({zone})</source>
        <translation>Podľa systému ({zone})</translation>
    </message>
    <message>
        <source>Calendar time &amp;zone:</source>
        <translation>Časové &amp;pásmo kalendára:</translation>
    </message>
    <message>
        <source>Events are shown in this zone; each keeps its own. Takes effect at the next start.</source>
        <translation>Udalosti sa zobrazujú v tomto pásme; každá si pritom ponecháva svoje vlastné. Prejaví sa pri ďalšom spustení.</translation>
    </message>
    <message>
        <source>For everyone using this database</source>
        <translation>Pre všetkých, ktorí používajú túto databázu</translation>
    </message>
    <message>
        <source>&amp;Alphabet of name lists:</source>
        <translation>&amp;Abeceda zoznamov mien:</translation>
    </message>
    <message>
        <source>Č after C, CH after H in Czech; Ł after L in Polish.</source>
        <translation>V slovenčine Č po C a CH po H; v poľštine Ł po L.</translation>
    </message>
    <message>
        <source>each workstation&apos;s own profile folder</source>
        <translation>vlastný priečinok profilu na každom počítači</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pre&amp;hľadávať…</translation>
    </message>
    <message>
        <source>&amp;Documents folder:</source>
        <translation>Priečinok &amp;dokumentov:</translation>
    </message>
    <message>
        <source>With a shared database, a folder every workstation reaches by the same path (a network share). Files stored before stay where they are.</source>
        <translation>Pri zdieľanej databáze priečinok, ktorý každý počítač nájde pod rovnakou cestou (sieťový priečinok). Skôr uložené súbory zostanú, kde sú.</translation>
    </message>
    <message>
        <source>Documents folder</source>
        <translation>Priečinok dokumentov</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Česko</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovensko</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Poľsko</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Chorvátsko</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukrajina</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Rakúsko</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Nemecko</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Maďarsko</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovinsko</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumunsko</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Spojené kráľovstvo</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Írsko</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Podľa systému ({language})</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <source>same e-mail {email}</source>
        <translation>rovnaký e-mail {email}</translation>
    </message>
    <message>
        <source>but different e-mails</source>
        <translation>ale rôzne e-maily</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>rovnaký telefón {phone}</translation>
    </message>
    <message>
        <source>but different phones</source>
        <translation>ale rôzne telefóny</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>rovnaké meno</translation>
    </message>
    <message>
        <source>similar names ({percent} %)</source>
        <translation>podobné mená ({percent} %)</translation>
    </message>
    <message>
        <source>but different names</source>
        <translation>ale rôzne mená</translation>
    </message>
    <message>
        <source>same organisation {name}</source>
        <translation>rovnaká organizácia {name}</translation>
    </message>
    <message>
        <source>same birthday {date}</source>
        <translation>rovnaké narodeniny {date}</translation>
    </message>
    <message>
        <source>but different birthdays {dates}</source>
        <translation>ale rôzne narodeniny {dates}</translation>
    </message>
    <message>
        <source>same registry number {number}</source>
        <translation>rovnaké IČO {number}</translation>
    </message>
    <message>
        <source>but different registry numbers {numbers}</source>
        <translation>ale rôzne IČO {numbers}</translation>
    </message>
    <message>
        <source>but different countries {countries}</source>
        <translation>ale rôzne krajiny {countries}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Opravte, prosím, označené polia.</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>Start typing a name</source>
        <translation>Začnite písať meno</translation>
    </message>
    <message>
        <source>person</source>
        <translation>osoba</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizácia</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Change relation</source>
        <translation>Zmeniť vzťah</translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation>Pridať vzťah</translation>
    </message>
    <message>
        <source>&amp;Work at an organisation</source>
        <translation>&amp;Pôsobenie v organizácii</translation>
    </message>
    <message>
        <source>Tie to a &amp;person</source>
        <translation>&amp;Vzťah k osobe</translation>
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
        <translation>Vymazať</translation>
    </message>
    <message>
        <source>Date not known</source>
        <translation>Dátum nie je známy</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>O&amp;soba:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganizácia:</translation>
    </message>
    <message>
        <source>Start typing a name</source>
        <translation>Začnite písať meno</translation>
    </message>
    <message>
        <source>Pick one or type a new name</source>
        <translation>Vyberte zo zoznamu alebo napíšte nový názov</translation>
    </message>
    <message>
        <source>e.g. spouse, assistant, colleague</source>
        <translation>napr. manželka, asistent, kolega</translation>
    </message>
    <message>
        <source>e.g. Partner, Tax advisor</source>
        <translation>napr. partner, daňový poradca</translation>
    </message>
    <message>
        <source>“{name}” is not in the address book yet; it will be created.</source>
        <translation>Organizácia „{name}“ v adresári zatiaľ nie je; bude vytvorená.</translation>
    </message>
    <message>
        <source>No person of that name.</source>
        <translation>Osoba s týmto menom sa nenašla.</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>Vyberte osobu.</translation>
    </message>
    <message>
        <source>Choose or name the organisation.</source>
        <translation>Vyberte organizáciu alebo zadajte jej názov.</translation>
    </message>
    <message>
        <source>The relation cannot end before it begins.</source>
        <translation>Vzťah nemôže skončiť skôr, ako začal.</translation>
    </message>
    <message>
        <source>Pick the person from the list of names.</source>
        <translation>Vyberte osobu zo zoznamu mien.</translation>
    </message>
</context>
<context>
    <name>RelationsEditor</name>
    <message>
        <source>Relations</source>
        <translation>Vzťahy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Obdobie</translation>
    </message>
    <message>
        <source>Add relat&amp;ion…</source>
        <translation>&amp;Pridať vzťah…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Zmeniť…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Odstrániť</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Zamestnanie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Recorded on {name}&apos;s card.</source>
        <translation>Zapísané na karte kontaktu {name}.</translation>
    </message>
    <message>
        <source>In the trash.</source>
        <translation>V koši.</translation>
    </message>
    <message>
        <source>Ended.</source>
        <translation>Ukončené.</translation>
    </message>
    <message>
        <source>No work or personal relations recorded yet.</source>
        <translation>Zatiaľ nie sú zapísané žiadne pracovné ani osobné vzťahy.</translation>
    </message>
    <message>
        <source>Save the person first, then add relations.</source>
        <translation>Najprv osobu uložte, potom pridajte vzťahy.</translation>
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
        <translation>Zmenu prerušila neočakávaná chyba. Podrobnosti nájdete v protokole.</translation>
    </message>
</context>
<context>
    <name>RemindMenu</name>
    <message>
        <source>On a date…</source>
        <translation>V určitý deň…</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Zajtra</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>O týždeň</translation>
    </message>
    <message>
        <source>In two weeks</source>
        <translation>O dva týždne</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>O %n deň</numerusform>
            <numerusform>O %n dni</numerusform>
            <numerusform>O %n dní</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (a ešte %n)</numerusform>
            <numerusform> (a ešte %n)</numerusform>
            <numerusform> (a ešte %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>SmallCRM reminder</source>
        <translation>Pripomenutie SmallCRM</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Pripomenutia</translation>
    </message>
    <message>
        <source>Due reminders</source>
        <translation>Pripomenutia na rade</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvoriť</translation>
    </message>
    <message>
        <source>&amp;Snooze 10 minutes</source>
        <translation>O&amp;dložiť o 10 minút</translation>
    </message>
    <message>
        <source>&amp;Dismiss all</source>
        <translation>&amp;Zavrieť všetky</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>Na rade je %n pripomenutie</numerusform>
            <numerusform>Na rade sú %n pripomenutia</numerusform>
            <numerusform>Na rade je %n pripomenutí</numerusform>
        </translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Úloha</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Udalosť</translation>
    </message>
    <message>
        <source>(missed while SmallCRM was closed)</source>
        <translation>(zmeškané, keď bol SmallCRM zatvorený)</translation>
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
        <translation>Organizácie</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Spisy</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Aktivity a poznámky</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Úlohy</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Udalosti</translation>
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
        <source>Search results</source>
        <translation>Výsledky hľadania</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Hľadanie sa nepodarilo: {reason}</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ výber, Enter otvorí, Esc zavrie</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Pre „{text}“ sa nič nenašlo.</translation>
    </message>
</context>
<context>
    <name>StageChart</name>
    <message>
        <source>Matters by stage</source>
        <translation>Spisy podľa fáz</translation>
    </message>
    <message numerus="yes">
        <source>{stage}: %n open matter(s). Click to list them.</source>
        <translation>
            <numerusform>{stage}: %n otvorený spis. Kliknutím zobrazíte zoznam.</numerusform>
            <numerusform>{stage}: %n otvorené spisy. Kliknutím zobrazíte zoznam.</numerusform>
            <numerusform>{stage}: %n otvorených spisov. Kliknutím zobrazíte zoznam.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <source>%n more in the list view</source>
        <translation>
            <numerusform>ďalší %n v zozname</numerusform>
            <numerusform>ďalšie %n v zozname</numerusform>
            <numerusform>ďalších %n v zozname</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Every day</source>
        <translation>Každý deň</translation>
    </message>
    <message>
        <source>Every working day (Mon–Fri)</source>
        <translation>Každý pracovný deň (po – pi)</translation>
    </message>
    <message>
        <source>Every week on this weekday</source>
        <translation>Každý týždeň v rovnaký deň</translation>
    </message>
    <message>
        <source>Every month on this day</source>
        <translation>Každý mesiac v rovnaký deň</translation>
    </message>
    <message>
        <source>Last working day of every month</source>
        <translation>Posledný pracovný deň každého mesiaca</translation>
    </message>
    <message>
        <source>Every year on this date</source>
        <translation>Každý rok k rovnakému dátumu</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nová úloha</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Upraviť úlohu</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Čo treba urobiť</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Názov:</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Termín</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dátum termínu</translation>
    </message>
    <message>
        <source>at</source>
        <translation>o</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Čas termínu</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Kedy:</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Vysoká</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normálna</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Nízka</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvorená</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotová</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušená</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>St&amp;av:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorita:</translation>
    </message>
    <message>
        <source>Who does it (optional)</source>
        <translation>Kto úlohu vybaví (nepovinné)</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Rieš&amp;iteľ:</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Bez pripomenutia</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>V čase termínu</translation>
    </message>
    <message>
        <source>Before the due time</source>
        <translation>Pred termínom</translation>
    </message>
    <message>
        <source>How long before</source>
        <translation>Ako dlho vopred</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minút</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hodín</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dní</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>Pripo&amp;menutie:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Neopakuje sa</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)…</source>
        <translation>Vlastné pravidlo (RRULE)…</translation>
    </message>
    <message>
        <source>Repetition rule</source>
        <translation>Pravidlo opakovania</translation>
    </message>
    <message>
        <source>R&amp;epeats:</source>
        <translation>&amp;Opakovanie:</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Bez spisu</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Spis:</translation>
    </message>
    <message>
        <source>Peop&amp;le:</source>
        <translation>Oso&amp;by:</translation>
    </message>
    <message>
        <source>Details, links, what was agreed</source>
        <translation>Podrobnosti, odkazy, čo sa dohodlo</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Poznám&amp;ky:</translation>
    </message>
    <message>
        <source>Without a time, the reminder counts from 09:00 of the due day.</source>
        <translation>Bez zadaného času sa pripomenutie počíta od 9:00 dňa termínu.</translation>
    </message>
    <message>
        <source>Type a rule, e.g. FREQ=WEEKLY;INTERVAL=2.</source>
        <translation>Napíšte pravidlo, napr. FREQ=WEEKLY;INTERVAL=2.</translation>
    </message>
    <message>
        <source>A repeating task needs a due date to repeat from.</source>
        <translation>Opakovaná úloha potrebuje termín, od ktorého sa bude opakovať.</translation>
    </message>
    <message>
        <source>The rule has no day after the due date.</source>
        <translation>Podľa pravidla po termíne nenasleduje žiadny ďalší deň.</translation>
    </message>
    <message>
        <source>Next: {days}</source>
        <translation>Nabudúce: {days}</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Úloha musí mať názov.</translation>
    </message>
    <message>
        <source>It could not be saved; see the log.</source>
        <translation>Nepodarilo sa uložiť; podrobnosti sú v protokole.</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Task lists</source>
        <translation>Zoznamy úloh</translation>
    </message>
    <message>
        <source>Type a task above and press Enter.</source>
        <translation>Napíšte úlohu do poľa hore a stlačte Enter.</translation>
    </message>
    <message>
        <source>Loading tasks…</source>
        <translation>Načítavam úlohy…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Úlohy</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Nová úloha…</translation>
    </message>
    <message>
        <source>A task with every detail: reminder, repetition, people</source>
        <translation>Úloha so všetkými podrobnosťami: pripomenutie, opakovanie, osoby</translation>
    </message>
    <message>
        <source>Add a task: “Call Novák tomorrow 14:00 !high #2026/0042”, then Enter</source>
        <translation>Pridať úlohu: „Zavolať Novákovi zajtra 14:00 !high #2026/0042“, potom Enter</translation>
    </message>
    <message>
        <source>Quick add</source>
        <translation>Rýchle pridanie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotové</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Úloha</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorita</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Spis</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po termíne</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadchádzajúce</translation>
    </message>
    <message>
        <source>By matter</source>
        <translation>Podľa spisu</translation>
    </message>
    <message>
        <source>The tasks could not be loaded.</source>
        <translation>Úlohy sa nepodarilo načítať.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Na dnes nič nie je</translation>
    </message>
    <message>
        <source>Tasks due today will be listed here.</source>
        <translation>Tu sa zobrazia úlohy s termínom na dnes.</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nič po termíne</translation>
    </message>
    <message>
        <source>Every task is on time. Tasks past their due day show here, in red.</source>
        <translation>Všetky úlohy sú v termíne. Úlohy po termíne sa zobrazia tu, červenou farbou.</translation>
    </message>
    <message>
        <source>Nothing coming up</source>
        <translation>Žiadne nadchádzajúce úlohy</translation>
    </message>
    <message>
        <source>Tasks due after today will be listed here.</source>
        <translation>Tu sa zobrazia úlohy s termínom po dnešku.</translation>
    </message>
    <message>
        <source>No open tasks</source>
        <translation>Žiadne otvorené úlohy</translation>
    </message>
    <message>
        <source>Open tasks will be listed here, grouped by the matter they belong to.</source>
        <translation>Tu sa zobrazia otvorené úlohy, zoskupené podľa spisov, ku ktorým patria.</translation>
    </message>
    <message>
        <source>Nothing done yet</source>
        <translation>Zatiaľ nič hotové</translation>
    </message>
    <message>
        <source>Tasks you mark done are listed here and filed on the timeline.</source>
        <translation>Úlohy, ktoré označíte ako hotové, sa zobrazia tu a zapíšu sa na časovú os.</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Bez spisu</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n úloha</numerusform>
            <numerusform>%n úlohy</numerusform>
            <numerusform>%n úloh</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the matter</source>
        <translation>Dvojklikom otvoríte spis</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Zajtra</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Včera</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Znova otvoriť</translation>
    </message>
    <message>
        <source>Mark done (Space)</source>
        <translation>Označiť ako hotové (medzerník)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvorená</translation>
    </message>
    <message>
        <source>Assignee: {name}</source>
        <translation>Riešiteľ: {name}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušená</translation>
    </message>
    <message>
        <source>Repeats: {rule}</source>
        <translation>Opakovanie: {rule}</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Vysoká</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Nízka</translation>
    </message>
    <message>
        <source>Ctrl+PgUp / Ctrl+PgDown to switch lists</source>
        <translation>Ctrl+PgUp / Ctrl+PgDown prepína zoznamy</translation>
    </message>
    <message>
        <source>Understood: today, tomorrow, weekdays, 15.3., 14:00, !high, !low, #matter number, @name</source>
        <translation>Rozumiem: dnes, zajtra, dni v týždni (po anglicky), 15.3., 14:00, !high, !low, #číslo spisu, @meno</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(zatiaľ bez názvu)</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Bez termínu</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Vysoká priorita</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Nízka priorita</translation>
    </message>
    <message>
        <source>with {people}</source>
        <translation>s {people}</translation>
    </message>
    <message>
        <source>no matter numbered {number}</source>
        <translation>spis číslo {number} neexistuje</translation>
    </message>
    <message>
        <source>Enter adds: {task}</source>
        <translation>Enter pridá: {task}</translation>
    </message>
    <message>
        <source>Type what is to be done first.</source>
        <translation>Najprv napíšte, čo treba urobiť.</translation>
    </message>
    <message>
        <source>Added “{title}”.</source>
        <translation>Pridané: „{title}“.</translation>
    </message>
    <message>
        <source>Marked “{title}” done.</source>
        <translation>Úloha „{title}“ označená ako hotová.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n task(s) done.</source>
        <translation>
            <numerusform>Ako hotová bola označená %n úloha.</numerusform>
            <numerusform>Ako hotové boli označené %n úlohy.</numerusform>
            <numerusform>Ako hotové bolo označených %n úloh.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next one is on the list.</source>
        <translation>Ďalšie opakovanie je už v zozname.</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n task(s).</source>
        <translation>
            <numerusform>Znova bola otvorená %n úloha.</numerusform>
            <numerusform>Znova boli otvorené %n úlohy.</numerusform>
            <numerusform>Znova bolo otvorených %n úloh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n task(s) to the trash.</source>
        <translation>
            <numerusform>Do koša bola presunutá %n úloha.</numerusform>
            <numerusform>Do koša boli presunuté %n úlohy.</numerusform>
            <numerusform>Do koša bolo presunutých %n úloh.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task was removed again.</source>
        <translation>Úloha bola opäť odstránená.</translation>
    </message>
    <message>
        <source>Open again; taken off the timeline.</source>
        <translation>Znova otvorená; odstránená z časovej osi.</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Obnovené z koša.</translation>
    </message>
    <message>
        <source>Open the matter</source>
        <translation>Otvoriť spis</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upraviť…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Označiť ako &amp;hotové</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Znova otvoriť</translation>
    </message>
    <message>
        <source>Open matter {number}</source>
        <translation>Otvoriť spis {number}</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Otvoriť {name}</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Presunúť do &amp;koša</translation>
    </message>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>To sa nepodarilo; podrobnosti sú v protokole.</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>To sa nepodarilo: {reason}</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Incoming call</source>
        <translation>Prichádzajúci hovor</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Odchádzajúci hovor</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Prichádzajúci</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Odchádzajúci</translation>
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
        <translation>spis {number}</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Dnes {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Včera {time}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Call</source>
        <translation>Hovor</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Stretnutie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
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
        <translation>Hotová úloha</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Zmena fázy</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Časová os</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Zatiaľ žiadna aktivita</translation>
    </message>
    <message>
        <source>Log a call or add a note, and it appears here, newest first.</source>
        <translation>Zaznamenajte hovor alebo pridajte poznámku a objaví sa tu, najnovšie navrchu.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Hovor</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Zaznamenať hovor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Pridať poznámku</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Stretnutie</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Zaznamenať stretnutie</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Pripomenúť</translation>
    </message>
    <message>
        <source>Remind me to follow up in a few days</source>
        <translation>Pripomenúť sa o niekoľko dní</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zobraziť</translation>
    </message>
    <message>
        <source>Show one kind of activity</source>
        <translation>Zobraziť len jeden druh aktivity</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Všetky aktivity</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Hovory</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Stretnutia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-maily</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Hotové úlohy</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Zmeny fázy</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nič nie je vybraté</translation>
    </message>
    <message>
        <source>Nothing of this kind</source>
        <translation>Nič tohto druhu</translation>
    </message>
    <message>
        <source>Choose “All activity” to see everything.</source>
        <translation>Všetko uvidíte voľbou „Všetky aktivity“.</translation>
    </message>
    <message>
        <source>Could not load the timeline.</source>
        <translation>Časovú os sa nepodarilo načítať.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upraviť…</translation>
    </message>
    <message>
        <source>Move to the &amp;trash</source>
        <translation>Presunúť do &amp;koša</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Akcia sa nepodarila: {reason}</translation>
    </message>
    <message>
        <source>Moved to the trash.</source>
        <translation>Presunuté do koša.</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Obnovené z koša.</translation>
    </message>
    <message>
        <source>Follow up: {name}</source>
        <translation>Ozvať sa: {name}</translation>
    </message>
    <message>
        <source>I will remind you on {date}.</source>
        <translation>Pripomeniem vám to {date}.</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation>Späť</translation>
    </message>
    <message>
        <source>Take the change back (Ctrl+Z)</source>
        <translation>Vrátiť zmenu späť (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>_CardDelegate</name>
    <message>
        <source>No client yet</source>
        <translation>Zatiaľ bez klienta</translation>
    </message>
</context>
<context>
    <name>_CardList</name>
    <message>
        <source>No matters in this stage. Drop a card here to move it.</source>
        <translation>V tejto fáze nie sú žiadne spisy. Presuňte sem kartu myšou.</translation>
    </message>
</context>
<context>
    <name>_LabelCombo</name>
    <message>
        <source>work</source>
        <translation>práca</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domov</translation>
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
        <source>Label</source>
        <translation>Označenie</translation>
    </message>
</context>
<context>
    <name>_Notice</name>
    <message>
        <source>Undo</source>
        <translation>Späť</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
</context>
<context>
    <name>_OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation>nezadané</translation>
    </message>
</context>
<context>
    <name>_PersonPicker</name>
    <message>
        <source>Type a name to add a person</source>
        <translation>Napíšte meno a pridajte osobu</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Pridať osobu</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Remove</source>
        <translation>Odstrániť</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Ulica a číslo</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Krajina</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>meno@example.com</translation>
    </message>
    <message>
        <source>+420 602 123 456</source>
        <translation>+421 902 123 456</translation>
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
        <translation>Telefón</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
</context>
</TS>
