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
    <name>AccountDialog</name>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Pro otestování připojení zadejte heslo.</translation>
    </message>
    <message>
        <source>New Mail Account</source>
        <translation>Nový poštovní účet</translation>
    </message>
    <message>
        <source>Mail Account</source>
        <translation>Poštovní účet</translation>
    </message>
    <message>
        <source>e.g. Office mail</source>
        <translation>např. Kancelářská pošta</translation>
    </message>
    <message>
        <source>e.g. imap.example.cz</source>
        <translation>např. imap.example.cz</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (doporučeno)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Žádné (nešifrováno)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Without encryption the password and every message cross the network as plain text: anyone on the way can read them. Use this only for a server on this computer or a network you trust.</source>
        <translation>Bez šifrování putuje heslo i každá zpráva sítí jako prostý text: kdokoli po cestě je může přečíst. Používejte to jen pro server na tomto počítači nebo v síti, které důvěřujete.</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Zabezpečení:</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>obvykle vaše e-mailová adresa</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Uživatelské jméno:</translation>
    </message>
    <message>
        <source>“{name}” is an Exchange account: it opens in the Exchange form.</source>
        <translation>„{name}“ je účet Exchange: otevírá se ve formuláři pro Exchange.</translation>
    </message>
    <message>
        <source>Fill in the server and the user name first.</source>
        <translation>Nejprve vyplňte server a uživatelské jméno.</translation>
    </message>
    <message>
        <source>Confirm the unencrypted connection above, or choose TLS.</source>
        <translation>Výše potvrďte nešifrované připojení, nebo zvolte TLS.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n folder(s) on the server.</source>
        <translation>
            <numerusform>Připojeno: na serveru je %n složka.</numerusform>
            <numerusform>Připojeno: na serveru jsou %n složky.</numerusform>
            <numerusform>Připojeno: na serveru je %n složek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm that this account may connect without encryption, or choose TLS.</source>
        <translation>Potvrďte, že se tento účet smí připojovat bez šifrování, nebo zvolte TLS.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Zaznamenat hovor</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Zaznamenat schůzku</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Přidat poznámku</translation>
    </message>
    <message>
        <source>Edit call</source>
        <translation>Upravit hovor</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Upravit schůzku</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Upravit poznámku</translation>
    </message>
    <message>
        <source>&amp;Outgoing</source>
        <translation>&amp;Odchozí</translation>
    </message>
    <message>
        <source>&amp;Incoming</source>
        <translation>&amp;Příchozí</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Směr:</translation>
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
        <translation>&amp;Kdy:</translation>
    </message>
    <message>
        <source>minutes, e.g. 15 or 1:30</source>
        <translation>minuty, např. 15 nebo 1:30</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Délka:</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Dovoláno</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Vzkaz v hlasové schránce</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Bez odpovědi</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Obsazeno</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Zavolat později</translation>
    </message>
    <message>
        <source>Pick one or type</source>
        <translation>Vyberte nebo napište</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>&amp;Výsledek:</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>O čem byla řeč</translation>
    </message>
    <message>
        <source>e.g. Signing the lease</source>
        <translation>např. Podpis nájemní smlouvy</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Předmět:</translation>
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
        <translation>Délka nemůže být záporná.</translation>
    </message>
    <message>
        <source>Enter the minutes as a number, e.g. 15 or 1:30.</source>
        <translation>Zadejte minuty číslem, např. 15 nebo 1:30.</translation>
    </message>
    <message>
        <source>That is longer than a week; enter the minutes.</source>
        <translation>To je déle než týden; zadejte minuty.</translation>
    </message>
    <message>
        <source>Keep it under {count} characters; the rest belongs in the notes.</source>
        <translation>Vejděte se do {count} znaků; zbytek patří do poznámek.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Nejdřív napište poznámku.</translation>
    </message>
    <message>
        <source>This is in the future.</source>
        <translation>Toto je v budoucnosti.</translation>
    </message>
    <message>
        <source>It could not be saved; see the log.</source>
        <translation>Nepodařilo se uložit; podrobnosti jsou v protokolu.</translation>
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
    <name>CalendarConflictsDialog</name>
    <message>
        <source>Calendar Conflicts</source>
        <translation>Konflikty v kalendáři</translation>
    </message>
    <message>
        <source>Calendar changes waiting for you</source>
        <translation>Změny v kalendáři čekají na vaše rozhodnutí</translation>
    </message>
    <message>
        <source>These events were changed both on this computer and in Exchange, or deleted on one side only. Choose what stays; the next sync takes your choice to Exchange.</source>
        <translation>Tyto události byly změněny na tomto počítači i v Exchange, nebo byly odstraněny jen na jedné straně. Zvolte, co má platit; příští synchronizace přenese vaši volbu do Exchange.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Načítám…</translation>
    </message>
    <message>
        <source>The list could not be read; see the log.</source>
        <translation>Seznam se nepodařilo načíst; podrobnosti jsou v protokolu.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) wait for your decision.</source>
        <translation>
            <numerusform>%n událost čeká na vaše rozhodnutí.</numerusform>
            <numerusform>%n události čekají na vaše rozhodnutí.</numerusform>
            <numerusform>%n událostí čeká na vaše rozhodnutí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for your decision.</source>
        <translation>Na vaše rozhodnutí nic nečeká.</translation>
    </message>
    <message>
        <source>Deleted in Exchange</source>
        <translation>Odstraněno v Exchange</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Odstraněno zde</translation>
    </message>
    <message>
        <source>Changed here and in Exchange</source>
        <translation>Změněno zde i v Exchange</translation>
    </message>
    <message>
        <source>Changed here and in Exchange: {fields}</source>
        <translation>Změněno zde i v Exchange: {fields}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>název</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>poznámky</translation>
    </message>
    <message>
        <source>location</source>
        <translation>místo</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>celý den</translation>
    </message>
    <message>
        <source>start</source>
        <translation>začátek</translation>
    </message>
    <message>
        <source>end</source>
        <translation>konec</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>časové pásmo</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>opakování</translation>
    </message>
    <message>
        <source>skipped dates</source>
        <translation>vynechané dny</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>připomenutí</translation>
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
        <translation>Název</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Místo</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Celý den</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Konec</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Časové pásmo</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Opakování</translation>
    </message>
    <message>
        <source>Skipped dates</source>
        <translation>Vynechané dny</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Připomenutí</translation>
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
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potvrzeno</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Předběžně</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Neopakuje se</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Zachovat</translation>
    </message>
    <message>
        <source>Delete here too</source>
        <translation>Odstranit i zde</translation>
    </message>
    <message>
        <source>Delete in Exchange too</source>
        <translation>Odstranit i v Exchange</translation>
    </message>
    <message>
        <source>Restore here</source>
        <translation>Obnovit zde</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s version</source>
        <translation>Zachovat verzi z tohoto počítače</translation>
    </message>
    <message>
        <source>Take Exchange&apos;s version</source>
        <translation>Převzít verzi z Exchange</translation>
    </message>
    <message>
        <source>Exchange calendar “{account}”</source>
        <translation>Kalendář Exchange „{account}“</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(odstraněno)</translation>
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
        <translation>Když ji odstraníte, další odstranění se budou přenášet bez ptaní.</translation>
    </message>
    <message>
        <source>From then on, an event deleted on one side is deleted on the other.</source>
        <translation>Od té chvíle se událost odstraněná na jedné straně odstraní i na druhé.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nic)</translation>
    </message>
    <message>
        <source>That could not be saved; see the log.</source>
        <translation>Nepodařilo se uložit; podrobnosti jsou v protokolu.</translation>
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
        <translation>Předchozí (Page Up)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Předchozí</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Další (Page Down)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Další</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>D&amp;en</translation>
    </message>
    <message>
        <source>W&amp;ork week</source>
        <translation>&amp;Pracovní týden</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Týden</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Měsíc</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>P&amp;lán</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>&amp;Nová událost</translation>
    </message>
    <message>
        <source>New event (Ctrl+N)</source>
        <translation>Nová událost (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importovat…</translation>
    </message>
    <message>
        <source>Import events and tasks from .ics files</source>
        <translation>Importovat události a úkoly ze souborů .ics</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportovat…</translation>
    </message>
    <message>
        <source>Export the calendar and tasks to an .ics file</source>
        <translation>Exportovat kalendář a úkoly do souboru .ics</translation>
    </message>
    <message>
        <source>“{title}” moved.</source>
        <translation>Událost „{title}“ byla přesunuta.</translation>
    </message>
    <message>
        <source>“{title}” deleted.</source>
        <translation>Událost „{title}“ byla odstraněna.</translation>
    </message>
    <message>
        <source>Import calendar files</source>
        <translation>Importovat soubory kalendáře</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb *.vcs);;All files (*)</source>
        <translation>Soubory iCalendar (*.ics *.ical *.ifb *.vcs);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Events: {added} added, {updated} updated, {cancelled} cancelled.
Tasks: {tasks_added} added, {tasks_updated} updated.</source>
        <translation>Události – přidané: {added}, aktualizované: {updated}, zrušené: {cancelled}.
Úkoly – přidané: {tasks_added}, aktualizované: {tasks_updated}.</translation>
    </message>
    <message>
        <source>Calendar import</source>
        <translation>Import kalendáře</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be imported:</source>
        <translation>
            <numerusform>%n záznam se nepodařilo importovat:</numerusform>
            <numerusform>%n záznamy se nepodařilo importovat:</numerusform>
            <numerusform>%n záznamů se nepodařilo importovat:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Export kalendáře</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to {file}.</source>
        <translation>
            <numerusform>Do souboru {file} byla exportována %n událost.</numerusform>
            <numerusform>Do souboru {file} byly exportovány %n události.</numerusform>
            <numerusform>Do souboru {file} bylo exportováno %n událostí.</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>To se nepovedlo: {reason}</translation>
    </message>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>To se nepovedlo; podrobnosti jsou v protokolu.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Kalendář</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušeno</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Celý den</translation>
    </message>
    <message>
        <source>W{number}</source>
        <translation>Týd. {number}</translation>
    </message>
    <message>
        <source>all-day</source>
        <translation>celý den</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(bez názvu)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n další</numerusform>
            <numerusform>+%n další</numerusform>
            <numerusform>+%n dalších</numerusform>
        </translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Žádné události</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Lhůta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Předběžně</translation>
    </message>
</context>
<context>
    <name>ConflictCheckDialog</name>
    <message>
        <source>Conflict check: {matter}</source>
        <translation>Kontrola střetu zájmů: {matter}</translation>
    </message>
    <message>
        <source>Saved conflict check: {matter}</source>
        <translation>Uložená kontrola střetu zájmů: {matter}</translation>
    </message>
    <message>
        <source>Parties to check (a name, and a registry ID or e-mail if you have them):</source>
        <translation>Strany ke kontrole (jméno, případně IČO nebo e-mail, pokud je znáte):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
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
        <translation>Přidat &amp;jméno</translation>
    </message>
    <message>
        <source>Re&amp;move name</source>
        <translation>Odeb&amp;rat jméno</translation>
    </message>
    <message>
        <source>&amp;Run the check</source>
        <translation>&amp;Spustit kontrolu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Shoda</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Nalezeno</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Věc</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Proč</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Nálezy</translation>
    </message>
    <message>
        <source>&amp;Clear: no conflict</source>
        <translation>&amp;Bez střetu</translation>
    </message>
    <message>
        <source>&amp;Waive, with a reason</source>
        <translation>&amp;Prominout, s odůvodněním</translation>
    </message>
    <message>
        <source>&amp;Decline the matter</source>
        <translation>&amp;Odmítnout věc</translation>
    </message>
    <message>
        <source>Reason (needed to waive): e.g. both clients consented in writing</source>
        <translation>Důvod (nutný pro prominutí): např. oba klienti písemně souhlasili</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Uložit jako &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Save the decision</source>
        <translation>&amp;Uložit rozhodnutí</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Enter at least one name, registry ID or e-mail.</source>
        <translation>Zadejte alespoň jedno jméno, IČO nebo e-mail.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontroluji…</translation>
    </message>
    <message>
        <source>Run the check to search every contact, organisation, matter party and e-mail correspondent.</source>
        <translation>Spusťte kontrolu: prohledá všechny kontakty, organizace, strany věcí a e-mailové korespondenty.</translation>
    </message>
    <message>
        <source>No hits: nobody known resembles these parties.</source>
        <translation>Žádné nálezy: nikdo známý se těmto stranám nepodobá.</translation>
    </message>
    <message>
        <source>{count} hits, the most likely first. Review each before deciding.</source>
        <translation>Nálezů: {count}, nejpravděpodobnější první. Před rozhodnutím projděte každý.</translation>
    </message>
    <message>
        <source>Checked: {name}</source>
        <translation>Hledáno: {name}</translation>
    </message>
    <message>
        <source>Saved by {user} on {when}; a saved check cannot be changed.</source>
        <translation>Uložil(a) {user} dne {when}; uloženou kontrolu nelze změnit.</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>zatím neuloženo</translation>
    </message>
    <message>
        <source>Save the conflict check as PDF</source>
        <translation>Uložit kontrolu střetu zájmů jako PDF</translation>
    </message>
    <message>
        <source>conflict-check.pdf</source>
        <translation>kontrola-stretu-zajmu.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Soubory PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}</source>
        <translation>PDF se nepodařilo zapsat: {error}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Uloženo: {file}.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the check. The details are in the log.</source>
        <translation>Kontrolu zastavila neočekávaná chyba. Podrobnosti jsou v protokolu.</translation>
    </message>
</context>
<context>
    <name>ConflictTab</name>
    <message>
        <source>Checked</source>
        <translation>Kontrolováno</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Rozhodnutí</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Nálezy</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Saved conflict checks</source>
        <translation>Uložené kontroly střetu zájmů</translation>
    </message>
    <message>
        <source>Run a &amp;conflict check…</source>
        <translation>Spustit &amp;kontrolu střetu zájmů…</translation>
    </message>
    <message>
        <source>&amp;Open saved check</source>
        <translation>&amp;Otevřít uloženou kontrolu</translation>
    </message>
    <message>
        <source>Last check: {decision}, {when}, by {user}.</source>
        <translation>Poslední kontrola: {decision}, {when}, provedl(a) {user}.</translation>
    </message>
    <message>
        <source>No conflict check has been saved for this matter.</source>
        <translation>Pro tuto věc zatím není uložena žádná kontrola střetu zájmů.</translation>
    </message>
</context>
<context>
    <name>ConflictTexts</name>
    <message>
        <source>Clear: no conflict</source>
        <translation>Bez střetu</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Prominuto</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odmítnuto</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>E-mail correspondent</source>
        <translation>E-mailový korespondent</translation>
    </message>
    <message>
        <source>in no matter</source>
        <translation>v žádné věci</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otevřeno</translation>
    </message>
    <message>
        <source>same name, different word order</source>
        <translation>stejné jméno, jiné pořadí slov</translation>
    </message>
    <message>
        <source>same name, one gives only an initial</source>
        <translation>stejné jméno, jedno uvádí jen iniciálu</translation>
    </message>
    <message>
        <source>same name in Cyrillic and Latin</source>
        <translation>stejné jméno v cyrilici a latince</translation>
    </message>
    <message>
        <source>same name in another spelling</source>
        <translation>stejné jméno v jiném přepisu</translation>
    </message>
    <message>
        <source>similar name with different endings (e.g. male and female)</source>
        <translation>podobné jméno s jinými koncovkami (např. mužská a ženská podoba)</translation>
    </message>
    <message>
        <source>same registry ID ({a})</source>
        <translation>stejné IČO ({a})</translation>
    </message>
    <message>
        <source>same e-mail ({a})</source>
        <translation>stejný e-mail ({a})</translation>
    </message>
    <message>
        <source>similar spelling ({a} %)</source>
        <translation>podobný zápis ({a} %)</translation>
    </message>
    <message>
        <source>partly the same name ({a} of {b} words)</source>
        <translation>zčásti stejné jméno ({a} z {b} slov)</translation>
    </message>
    <message>
        <source>one name is part of the other</source>
        <translation>jedno jméno je částí druhého</translation>
    </message>
    <message>
        <source>one has an extra word</source>
        <translation>jedno má slovo navíc</translation>
    </message>
    <message>
        <source>one has extra words</source>
        <translation>jedno má slova navíc</translation>
    </message>
    <message>
        <source>typed with mixed Cyrillic and Latin letters</source>
        <translation>psáno směsí cyrilice a latinky</translation>
    </message>
    <message>
        <source>different generation ({a} / {b})</source>
        <translation>jiná generace ({a} / {b})</translation>
    </message>
    <message>
        <source>different legal form ({a} / {b})</source>
        <translation>jiná právní forma ({a} / {b})</translation>
    </message>
    <message>
        <source>without the legal form</source>
        <translation>bez právní formy</translation>
    </message>
    <message>
        <source>but different registry IDs</source>
        <translation>ale jiná IČO</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>stejné jméno</translation>
    </message>
    <message>
        <source>Conflict check</source>
        <translation>Kontrola střetu zájmů</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Věc</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Kontroloval(a)</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Kontrolováno dne</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Rozhodnutí</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Parties checked</source>
        <translation>Kontrolované strany</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
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
        <translation>Žádné nálezy.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Shoda</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Nalezeno</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Upravit</translation>
    </message>
    <message>
        <source>Edit this contact (F2)</source>
        <translation>Upravit tento kontakt (F2)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otevřít</translation>
    </message>
    <message>
        <source>Show the organisation with its people</source>
        <translation>Zobrazit organizaci s jejími osobami</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Smazat</translation>
    </message>
    <message>
        <source>Move to the trash (Delete)</source>
        <translation>Přesunout do koše (Delete)</translation>
    </message>
    <message>
        <source>&amp;Relations…</source>
        <translation>Vz&amp;tahy…</translation>
    </message>
    <message>
        <source>Jobs past and present, and ties to other people</source>
        <translation>Současná i dřívější zaměstnání a vztahy k dalším osobám</translation>
    </message>
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
        <source>Registry no.</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>Tax no.</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osob</numerusform>
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
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Identifikační údaje</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Narozeniny</translation>
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
        <translation>Zatím není uveden e-mail, telefon ani adresa.</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Spisy</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>a ještě %n</numerusform>
            <numerusform>a ještě %n</numerusform>
            <numerusform>a ještě %n</numerusform>
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
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>e.g. JUDr., Ing.</source>
        <translation>např. JUDr., Ing.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titul:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Jméno:</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>Pro&amp;střední jméno:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Příjmení:</translation>
    </message>
    <message>
        <source>e.g. Ph.D.</source>
        <translation>např. Ph.D.</translation>
    </message>
    <message>
        <source>Su&amp;ffix:</source>
        <translation>Titul &amp;za jménem:</translation>
    </message>
    <message>
        <source>Made from the name if left empty</source>
        <translation>Pokud zůstane prázdné, sestaví se ze jména</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Zo&amp;brazované jméno:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Zaměstnání</translation>
    </message>
    <message>
        <source>Pick one or type a new name</source>
        <translation>Vyberte ze seznamu, nebo napište nový název</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizace:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Funkce:</translation>
    </message>
    <message>
        <source>Dep&amp;artment:</source>
        <translation>O&amp;ddělení:</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ostatní</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>neuvedeno</translation>
    </message>
    <message>
        <source>&amp;Year unknown</source>
        <translation>Neznámý &amp;rok</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <source>No birthday</source>
        <translation>Odstranit narozeniny</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Narozeniny:</translation>
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
        <translation>Organizace</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Právní forma:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Země:</translation>
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
        <translation>Kontaktní údaje</translation>
    </message>
    <message>
        <source>Add e-&amp;mail</source>
        <translation>Přidat e-&amp;mail</translation>
    </message>
    <message>
        <source>Add p&amp;hone</source>
        <translation>Přidat t&amp;elefon</translation>
    </message>
    <message>
        <source>Add addr&amp;ess</source>
        <translation>Přidat &amp;adresu</translation>
    </message>
    <message>
        <source>Add &amp;web link</source>
        <translation>Přidat &amp;webový odkaz</translation>
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
        <translation>Adresa:</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation>Web:</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. client, VIP</source>
        <translation>Oddělené čárkami, např. klient, VIP</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Štítk&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Poznám&amp;ky:</translation>
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
        <translation>Polsko</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Chorvatsko</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukrajina</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Rakousko</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Německo</translation>
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
        <translation>Zadejte jméno (nebo alespoň e-mail či telefon).</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Zadejte název organizace.</translation>
    </message>
    <message>
        <source>An IČO has 8 digits.</source>
        <translation>IČO má 8 číslic.</translation>
    </message>
    <message>
        <source>This number is not valid: its check digit is wrong.</source>
        <translation>Toto číslo není platné: nesouhlasí kontrolní číslice.</translation>
    </message>
    <message>
        <source>This number is not valid: it has the wrong number of digits.</source>
        <translation>Toto číslo není platné: má nesprávný počet číslic.</translation>
    </message>
    <message>
        <source>This number has characters that do not belong there.</source>
        <translation>Toto číslo obsahuje nepovolené znaky.</translation>
    </message>
    <message>
        <source>This number is not valid.</source>
        <translation>Toto číslo není platné.</translation>
    </message>
    <message>
        <source>This e-mail address is not complete (name@domain.tld).</source>
        <translation>Tato e-mailová adresa není úplná (jmeno@domena.cz).</translation>
    </message>
    <message>
        <source>Not a number we can read; it is kept as typed.</source>
        <translation>Číslo se nepodařilo rozpoznat; ponechá se tak, jak bylo zadáno.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Opravte prosím označená pole.</translation>
    </message>
    <message>
        <source>The contact could not be saved; see the log.</source>
        <translation>Kontakt se nepodařilo uložit; podrobnosti najdete v protokolu.</translation>
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
        <translation>Nová organizace</translation>
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
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
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
        <source>Loading contacts…</source>
        <translation>Načítám kontakty…</translation>
    </message>
    <message>
        <source>Filter by name, e-mail, phone, city</source>
        <translation>Filtrovat podle jména, e-mailu, telefonu, města</translation>
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
        <translation>Zobrazit osoby, organizace nebo obojí</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Osoby a organizace</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Štítek</translation>
    </message>
    <message>
        <source>Show only contacts with this tag</source>
        <translation>Zobrazit jen kontakty s tímto štítkem</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nový</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N) or an organisation</source>
        <translation>Přidat osobu (Ctrl+N) nebo organizaci</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nová &amp;osoba…</translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation>Nová o&amp;rganizace…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Všechny štítky</translation>
    </message>
    <message>
        <source>Could not load the contacts.</source>
        <translation>Kontakty se nepodařilo načíst.</translation>
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
    <message>
        <source>That did not work: {reason}</source>
        <translation>Akce se nezdařila: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n to the trash</source>
        <translation>
            <numerusform>Do koše přesunut %n kontakt</numerusform>
            <numerusform>Do koše přesunuty %n kontakty</numerusform>
            <numerusform>Do koše přesunuto %n kontaktů</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations of {name}</source>
        <translation>Vztahy: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n from the trash</source>
        <translation>
            <numerusform>Z koše obnoven %n kontakt</numerusform>
            <numerusform>Z koše obnoveny %n kontakty</numerusform>
            <numerusform>Z koše obnoveno %n kontaktů</numerusform>
        </translation>
    </message>
    <message>
        <source>Change undone</source>
        <translation>Změna vrácena zpět</translation>
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
        <source>Follow-ups due</source>
        <translation>Připomínky k vyřízení</translation>
    </message>
    <message>
        <source>Time to get in touch</source>
        <translation>Čas se ozvat</translation>
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
    <message>
        <source>overdue since {date}</source>
        <translation>po termínu od {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>na dnes</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>Žádné připomínky k vyřízení.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>a ještě %n</numerusform>
            <numerusform>a ještě %n</numerusform>
            <numerusform>a ještě %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open matters</source>
        <translation>Otevřené spisy</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Otevřené úkoly</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Všechny úkoly</translation>
    </message>
    <message>
        <source>Today&apos;s events</source>
        <translation>Dnešní události</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Události</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>Úkoly s termínem na dnes</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Na dnes</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Úkoly po termínu</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po termínu</translation>
    </message>
    <message>
        <source>Nothing due today and no events.</source>
        <translation>Na dnes nejsou žádné úkoly ani události.</translation>
    </message>
    <message>
        <source>Deadlines — next 14 days</source>
        <translation>Lhůty – příštích 14 dní</translation>
    </message>
    <message>
        <source>Deadlines in the next 14 days</source>
        <translation>Lhůty v příštích 14 dnech</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Nedávná aktivita</translation>
    </message>
    <message>
        <source>Matters by stage</source>
        <translation>Spisy podle fází</translation>
    </message>
    <message>
        <source>All matters</source>
        <translation>Všechny spisy</translation>
    </message>
    <message>
        <source>No open matters.</source>
        <translation>Žádné otevřené spisy.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizace</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Stav synchronizace</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Zatím tu nic není</translation>
    </message>
    <message>
        <source>Today&apos;s tasks and events, deadlines, follow-ups and recent activity will appear here once you add contacts, matters and tasks.</source>
        <translation>Jakmile přidáte kontakty, spisy a úkoly, zobrazí se zde dnešní úkoly a události, lhůty, připomínky a nedávná aktivita.</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: {reason}</source>
        <translation>Přehled se nepodařilo načíst: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n po termínu</numerusform>
            <numerusform>%n po termínu</numerusform>
            <numerusform>%n po termínu</numerusform>
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
        <translation>Lhůta</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Celý den</translation>
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
        <translation>zítra</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>za %n den</numerusform>
            <numerusform>za %n dny</numerusform>
            <numerusform>za %n dní</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadlines in the next 14 days.</source>
        <translation>V příštích 14 dnech nejsou žádné lhůty.</translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>každý %n týden</numerusform>
            <numerusform>každé %n týdny</numerusform>
            <numerusform>každých %n týdnů</numerusform>
        </translation>
    </message>
    <message>
        <source>due since {date}</source>
        <translation>na řadě od {date}</translation>
    </message>
    <message>
        <source>Everyone is in touch.</source>
        <translation>Se všemi jste v kontaktu.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Příchozí hovor</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Odchozí hovor</translation>
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
        <translation>Zatím nebylo nic zaznamenáno.</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Deadline calculator</source>
        <translation>Kalkulačka lhůt</translation>
    </message>
    <message>
        <source>The day of the event, e.g. delivery of a decision; it is not counted.</source>
        <translation>Den události, od níž se lhůta počítá, např. doručení rozhodnutí; do lhůty se nezapočítává.</translation>
    </message>
    <message>
        <source>e.g. delivery of a decision; not counted</source>
        <translation>např. doručení rozhodnutí; nezapočítává se</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Délka lhůty</translation>
    </message>
    <message>
        <source>Unit of the period</source>
        <translation>Jednotka lhůty</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dní</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>týdnů</translation>
    </message>
    <message>
        <source>months</source>
        <translation>měsíců</translation>
    </message>
    <message>
        <source>years</source>
        <translation>let</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Délka lhůty:</translation>
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
        <translation>Polsko</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Chorvatsko</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukrajina</translation>
    </message>
    <message>
        <source>Public &amp;holidays of:</source>
        <translation>&amp;Svátky podle státu:</translation>
    </message>
    <message>
        <source>&amp;Move a last day on a weekend or holiday to the next working day</source>
        <translation>&amp;Posunout konec lhůty z víkendu nebo svátku na nejbližší pracovní den</translation>
    </message>
    <message>
        <source>Count &amp;working days only (weekends and holidays are not counted)</source>
        <translation>Počítat jen p&amp;racovní dny (víkendy a svátky se nezapočítávají)</translation>
    </message>
    <message>
        <source>Count Ukrainian holidays as days &amp;off (only once martial law has ended)</source>
        <translation>Počítat ukrajinské svátky jako dny pracovního &amp;volna (až po skončení válečného stavu)</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Pravidla:</translation>
    </message>
    <message>
        <source>How it was &amp;computed:</source>
        <translation>&amp;Jak byla lhůta vypočtena:</translation>
    </message>
    <message>
        <source>How the deadline was computed</source>
        <translation>Postup výpočtu lhůty</translation>
    </message>
    <message>
        <source>e.g. Deadline: appeal</source>
        <translation>např. Lhůta: odvolání</translation>
    </message>
    <message>
        <source>Task &amp;title:</source>
        <translation>&amp;Název úkolu:</translation>
    </message>
    <message>
        <source>days before the deadline</source>
        <translation>dní před koncem lhůty</translation>
    </message>
    <message>
        <source>&amp;Remind:</source>
        <translation>Připo&amp;menout:</translation>
    </message>
    <message>
        <source>&amp;Add deadline</source>
        <translation>Přidat &amp;lhůtu</translation>
    </message>
    <message>
        <source>Deadline: {purpose}</source>
        <translation>Lhůta: {purpose}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Lhůta</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>Konec lhůty: {date}</translation>
    </message>
    <message>
        <source>No deadline computed.</source>
        <translation>Lhůta nebyla vypočtena.</translation>
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
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>e.g. contract, signed</source>
        <translation>např. smlouva, podepsáno</translation>
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
        <translation>Dokument musí mít název.</translation>
    </message>
    <message>
        <source>see the log</source>
        <translation>podrobnosti jsou v protokolu</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Neuloženo: {reason}</translation>
    </message>
</context>
<context>
    <name>DocumentWork</name>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>To se nepovedlo; podrobnosti jsou v protokolu.</translation>
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
        <translation>Hledat v názvech a obsahu</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Hledat dokumenty</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Přidat soubory…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otevřít</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Smazat</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Zatím žádné dokumenty</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nic nenalezeno</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Soubor:</translation>
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
        <translation>Verze</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>Po&amp;drobnosti…</translation>
    </message>
    <message>
        <source>Add a &amp;new version…</source>
        <translation>Přidat &amp;novou verzi…</translation>
    </message>
    <message>
        <source>Choose a document to see its versions.</source>
        <translation>Vyberte dokument a zobrazí se jeho verze.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verze</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Změněno</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>being read…</source>
        <translation>načítá se…</translation>
    </message>
    <message>
        <source>searchable</source>
        <translation>lze prohledávat</translation>
    </message>
    <message>
        <source>no text (a scan?)</source>
        <translation>bez textu (sken?)</translation>
    </message>
    <message>
        <source>not searchable</source>
        <translation>nelze prohledávat</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nelze přečíst</translation>
    </message>
    <message>
        <source>Drop files here from your file manager (Outlook messages and .eml files too) or use the Add files button. SmallCRM keeps its own copy and reads their text for search.</source>
        <translation>Přetáhněte sem soubory ze správce souborů (i zprávy z Outlooku a soubory .eml), nebo zvolte „Přidat soubory…“. SmallCRM si uloží vlastní kopii a načte z nich text pro vyhledávání.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Štítky:</translation>
    </message>
    <message>
        <source>No document contains “{text}”.</source>
        <translation>Žádný dokument neobsahuje „{text}“.</translation>
    </message>
    <message>
        <source>not filed on a matter</source>
        <translation>nezařazeno ke spisu</translation>
    </message>
    <message>
        <source>Version {number} · {date} · {size}
{name}</source>
        <translation>Verze {number} · {date} · {size}
{name}</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Přidat dokumenty</translation>
    </message>
    <message>
        <source>Folders are not added; choose the files in them.</source>
        <translation>Složky se nepřidávají; vyberte soubory, které obsahují.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Přidávám %n soubor…</numerusform>
            <numerusform>Přidávám %n soubory…</numerusform>
            <numerusform>Přidávám %n souborů…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a new version</source>
        <translation>Přidat novou verzi</translation>
    </message>
    <message>
        <source>Stored as version {number}.</source>
        <translation>Uloženo jako verze {number}.</translation>
    </message>
    <message>
        <source>That file is the same as the current version.</source>
        <translation>Soubor je stejný jako aktuální verze.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s).</source>
        <translation>
            <numerusform>Přidán %n dokument.</numerusform>
            <numerusform>Přidány %n dokumenty.</numerusform>
            <numerusform>Přidáno %n dokumentů.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them has the same content as a stored document.</source>
        <translation>
            <numerusform>%n z nich má stejný obsah jako již uložený dokument.</numerusform>
            <numerusform>%n z nich mají stejný obsah jako již uložené dokumenty.</numerusform>
            <numerusform>%n z nich má stejný obsah jako již uložené dokumenty.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was not added: {reason}</source>
        <translation>Soubor „{name}“ nebyl přidán: {reason}</translation>
    </message>
    <message>
        <source>Opened a copy of “{name}”. When you save changes in the other program, SmallCRM offers to keep them as a new version.</source>
        <translation>Otevřena kopie souboru „{name}“. Až v daném programu změny uložíte, SmallCRM nabídne jejich uložení jako novou verzi.</translation>
    </message>
    <message>
        <source>No program is set to open “{name}”.</source>
        <translation>Pro otevření souboru „{name}“ není nastaven žádný program.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n document(s) to the trash.</source>
        <translation>
            <numerusform>%n dokument přesunut do koše.</numerusform>
            <numerusform>%n dokumenty přesunuty do koše.</numerusform>
            <numerusform>%n dokumentů přesunuto do koše.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n document(s) from the trash.</source>
        <translation>
            <numerusform>%n dokument obnoven z koše.</numerusform>
            <numerusform>%n dokumenty obnoveny z koše.</numerusform>
            <numerusform>%n dokumentů obnoveno z koše.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatePairsModel</name>
    <message>
        <source>Score</source>
        <translation>Shoda</translation>
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
        <translation>Důvody</translation>
    </message>
    <message>
        <source>marked as not duplicates</source>
        <translation>označeno: nejde o duplicitu</translation>
    </message>
    <message>
        <source>{score} of 100: how sure the finder is</source>
        <translation>{score} ze 100: jak jistá je shoda</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Shoda {score}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Hledání duplicit</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Možné duplicity</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Žádné pravděpodobné duplicity</translation>
    </message>
    <message>
        <source>No two contacts share an e-mail or a phone, or have names alike enough to be the same person.</source>
        <translation>Žádné dva kontakty nemají společný e-mail ani telefon a žádná jména nejsou natolik podobná, aby mohlo jít o tutéž osobu.</translation>
    </message>
    <message>
        <source>The search was stopped</source>
        <translation>Hledání bylo zastaveno</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Vrátit sloučení zpět</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>&amp;Hledat znovu</translation>
    </message>
    <message>
        <source>S&amp;how pairs marked as not duplicates</source>
        <translation>Zo&amp;brazit i dvojice označené „nejde o duplicitu“</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Nejde o duplicitu</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Sloučit…</translation>
    </message>
    <message>
        <source>Compare the two and merge them (Enter)</source>
        <translation>Porovnat oba záznamy a sloučit je (Enter)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Zastavit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Comparing every contact with the others…</source>
        <translation>Porovnávám každý kontakt s ostatními…</translation>
    </message>
    <message>
        <source>Searching for duplicates</source>
        <translation>Hledání duplicit</translation>
    </message>
    <message>
        <source>This takes a few seconds in a large address book.</source>
        <translation>Ve velkém adresáři to trvá několik sekund.</translation>
    </message>
    <message>
        <source>Nothing was changed. Search again when you have a moment.</source>
        <translation>Nic nebylo změněno. Hledání můžete spustit znovu, až budete mít chvíli čas.</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>neočekávaná chyba</translation>
    </message>
    <message>
        <source>The search did not finish</source>
        <translation>Hledání nebylo dokončeno</translation>
    </message>
    <message>
        <source>{reason}. Nothing was changed; you can search again.</source>
        <translation>Příčina: {reason}. Nic nebylo změněno; hledání můžete spustit znovu.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be the same person or organisation, best first.</source>
        <translation>
            <numerusform>%n dvojice záznamů, které mohou patřit téže osobě nebo organizaci; nejpravděpodobnější jsou nahoře.</numerusform>
            <numerusform>%n dvojice záznamů, které mohou patřit téže osobě nebo organizaci; nejpravděpodobnější jsou nahoře.</numerusform>
            <numerusform>%n dvojic záznamů, které mohou patřit téže osobě nebo organizaci; nejpravděpodobnější jsou nahoře.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them marked as not duplicates.</source>
        <translation>
            <numerusform>Z toho %n označena jako „nejde o duplicitu“.</numerusform>
            <numerusform>Z toho %n označeny jako „nejde o duplicitu“.</numerusform>
            <numerusform>Z toho %n označeno jako „nejde o duplicitu“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the {count} likeliest are listed; merge some and search again.</source>
        <translation>Zobrazeno je jen {count} nejpravděpodobnějších dvojic; některé slučte a spusťte hledání znovu.</translation>
    </message>
    <message>
        <source>{first} and {second}: {reasons}</source>
        <translation>{first} a {second}: {reasons}</translation>
    </message>
    <message>
        <source>Marked as not duplicates: press to take that back (Delete)</source>
        <translation>Označeno, že nejde o duplicitu: stisknutím to vezmete zpět (Delete)</translation>
    </message>
    <message>
        <source>Remember that these two are different: the pair is no longer listed (Delete)</source>
        <translation>Zapamatovat si, že jde o dva různé záznamy: dvojice se už nebude nabízet (Delete)</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” are marked as not duplicates.</source>
        <translation>U „{first}“ a „{second}“ je označeno, že nejde o duplicitu.</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” are listed as possible duplicates again.</source>
        <translation>„{first}“ a „{second}“ se znovu nabízejí jako možné duplicity.</translation>
    </message>
    <message>
        <source>“Not duplicates” could not be saved: {reason}</source>
        <translation>Označení „nejde o duplicitu“ se nepodařilo uložit: {reason}</translation>
    </message>
    <message>
        <source>Merged into “{name}”.</source>
        <translation>Sloučeno do kontaktu „{name}“.</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>Sloučení bylo vráceno zpět.</translation>
    </message>
    <message>
        <source>The merge could not be undone: {reason}</source>
        <translation>Sloučení se nepodařilo vrátit zpět: {reason}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Z&amp;pět</translation>
    </message>
</context>
<context>
    <name>EditedCopyDialog</name>
    <message>
        <source>Changed document</source>
        <translation>Změněný dokument</translation>
    </message>
    <message>
        <source>“{name}” was changed in another program.</source>
        <translation>Soubor „{name}“ byl změněn v jiném programu.</translation>
    </message>
    <message>
        <source>Keep the changes as version {number} of the document? The earlier versions stay as they are.</source>
        <translation>Uložit změny jako verzi {number} dokumentu? Dřívější verze zůstanou beze změny.</translation>
    </message>
    <message>
        <source>&amp;Keep as new version</source>
        <translation>&amp;Uložit jako novou verzi</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Teď ne</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Zahodit změny</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Enter a rule, e.g. FREQ=WEEKLY;BYDAY=MO,WE.</source>
        <translation>Zadejte pravidlo, např. FREQ=WEEKLY;BYDAY=MO,WE.</translation>
    </message>
    <message>
        <source>Give the rule as one RRULE line, without DTSTART.</source>
        <translation>Zadejte pravidlo jako jeden řádek RRULE, bez DTSTART.</translation>
    </message>
    <message>
        <source>A rule starts with FREQ=, e.g. FREQ=WEEKLY;BYDAY=MO,WE.</source>
        <translation>Pravidlo začíná FREQ=, např. FREQ=WEEKLY;BYDAY=MO,WE.</translation>
    </message>
    <message>
        <source>A rule ends by COUNT or by UNTIL, not by both.</source>
        <translation>Pravidlo končí buď COUNT, nebo UNTIL, ne obojím.</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Bez připomenutí</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Na začátku</translation>
    </message>
    <message>
        <source>1 week before</source>
        <translation>1 týden předem</translation>
    </message>
    <message>
        <source>{n} weeks before</source>
        <translation>{n} týd. předem</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 den předem</translation>
    </message>
    <message>
        <source>{n} days before</source>
        <translation>{n} d předem</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 hodinu předem</translation>
    </message>
    <message>
        <source>{n} hours before</source>
        <translation>{n} h předem</translation>
    </message>
    <message>
        <source>1 minute before</source>
        <translation>1 minutu předem</translation>
    </message>
    <message>
        <source>{n} minutes before</source>
        <translation>{n} min předem</translation>
    </message>
    <message>
        <source>Repeating event</source>
        <translation>Opakovaná událost</translation>
    </message>
    <message>
        <source>This is a repeating event. Delete only this event, this and the following events, or all events in the series?</source>
        <translation>Toto je opakovaná událost. Odstranit jen tuto událost, tuto a všechny následující, nebo všechny události v sérii?</translation>
    </message>
    <message>
        <source>This is a repeating event. Change only this event, this and the following events, or all events in the series?</source>
        <translation>Toto je opakovaná událost. Změnit jen tuto událost, tuto a všechny následující, nebo všechny události v sérii?</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>Tuto událost</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>Tuto a následující</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Všechny události</translation>
    </message>
    <message>
        <source>“{title}” is also in the Exchange calendar “{account}”. Deleting it here deletes it there too, from now on without asking.</source>
        <translation>Událost „{title}“ je také v kalendáři Exchange „{account}“. Když ji odstraníte zde, odstraní se i tam, a to od nynějška bez ptaní.</translation>
    </message>
    <message>
        <source>Delete in both</source>
        <translation>Odstranit v obou</translation>
    </message>
    <message>
        <source>{account} (Exchange)</source>
        <translation>{account} (Exchange)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>O&amp;dstranit…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Tento počítač</translation>
    </message>
    <message>
        <source>Where the event is kept and synced</source>
        <translation>Kde se událost ukládá a synchronizuje</translation>
    </message>
    <message>
        <source>A removed Exchange account</source>
        <translation>Odebraný účet Exchange</translation>
    </message>
    <message>
        <source>An event stays in the calendar it was made in.</source>
        <translation>Událost zůstává v kalendáři, ve kterém byla vytvořena.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nová událost</translation>
    </message>
    <message>
        <source>Edit this event</source>
        <translation>Upravit tuto událost</translation>
    </message>
    <message>
        <source>Edit this and the following events</source>
        <translation>Upravit tuto a následující události</translation>
    </message>
    <message>
        <source>Edit all events in the series</source>
        <translation>Upravit všechny události v sérii</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Upravit událost</translation>
    </message>
    <message>
        <source>e.g. Hearing at the regional court</source>
        <translation>např. Jednání u krajského soudu</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Nepovinné</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Místo:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Datum začátku</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Čas začátku</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Datum konce</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Čas konce</translation>
    </message>
    <message>
        <source>A&amp;ll day</source>
        <translation>&amp;Celý den</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Začátek:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Konec:</translation>
    </message>
    <message>
        <source>None: the same clock time in every zone</source>
        <translation>Žádné: stejný místní čas v každém pásmu</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Časové &amp;pásmo:</translation>
    </message>
    <message>
        <source>Custom rule…</source>
        <translation>Vlastní pravidlo…</translation>
    </message>
    <message>
        <source>RRULE, e.g. FREQ=WEEKLY;BYDAY=MO,WE</source>
        <translation>RRULE, např. FREQ=WEEKLY;BYDAY=MO,WE</translation>
    </message>
    <message>
        <source>Repetition rule</source>
        <translation>Pravidlo opakování</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Opakování:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nikdy</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dne</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Last day of the series</source>
        <translation>Poslední den řady</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Počet opakování</translation>
    </message>
    <message>
        <source>times</source>
        <translation>opakováních</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>Př&amp;ipomenutí:</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potvrzeno</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Předběžně</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tav:</translation>
    </message>
    <message>
        <source>Jana Nováková &lt;jana@example.cz&gt;, petr@example.cz</source>
        <translation>Jana Nováková &lt;jana@example.cz&gt;, petr@example.cz</translation>
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
        <translation>Ka&amp;lendář:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Zdroj:</translation>
    </message>
    <message>
        <source>Changes apply to the event on {day} only.</source>
        <translation>Změny se týkají jen události dne {day}.</translation>
    </message>
    <message>
        <source>Changes apply to the event on {day} and the following ones.</source>
        <translation>Změny se týkají události dne {day} a všech následujících.</translation>
    </message>
    <message>
        <source>Changes apply to every event in the series.</source>
        <translation>Změny se týkají všech událostí v sérii.</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Končí dne:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Neopakuje se</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Každý den</translation>
    </message>
    <message>
        <source>Every working day (Mon–Fri)</source>
        <translation>Každý pracovní den (po–pá)</translation>
    </message>
    <message>
        <source>Weekly on {weekday}</source>
        <translation>Každý týden ({weekday})</translation>
    </message>
    <message>
        <source>Every 2 weeks on {weekday}</source>
        <translation>Každé 2 týdny ({weekday})</translation>
    </message>
    <message>
        <source>Monthly on day {day}</source>
        <translation>Každý měsíc {day}. den</translation>
    </message>
    <message>
        <source>Monthly on the last working day</source>
        <translation>Každý měsíc poslední pracovní den</translation>
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
        <translation>Kon&amp;ec řady:</translation>
    </message>
    <message>
        <source>The same clock time wherever you are.</source>
        <translation>Stejný místní čas, ať jste kdekoli.</translation>
    </message>
    <message>
        <source>Shown in your zone ({zone}): {when}</source>
        <translation>Ve vašem pásmu ({zone}): {when}</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Zadejte název události.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Poslední den je před prvním.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Událost končí dřív, než začíná.</translation>
    </message>
    <message>
        <source>Unknown time zone; pick one from the list, e.g. Europe/Prague.</source>
        <translation>Neznámé časové pásmo; vyberte některé ze seznamu, např. Europe/Prague.</translation>
    </message>
    <message>
        <source>The series cannot end before its first day.</source>
        <translation>Řada nemůže skončit před svým prvním dnem.</translation>
    </message>
    <message>
        <source>Not an e-mail address: {items}</source>
        <translation>Neplatná e-mailová adresa: {items}</translation>
    </message>
    <message>
        <source>Pick a matter from the list, or leave it empty.</source>
        <translation>Vyberte spis ze seznamu, nebo pole nechte prázdné.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Odstranit událost</translation>
    </message>
    <message>
        <source>Delete every event in the series “{title}”?</source>
        <translation>Odstranit všechny události série „{title}“?</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Odstranit „{title}“?</translation>
    </message>
    <message>
        <source>It goes to the trash, where it can be restored.</source>
        <translation>Přesune se do koše, odkud ji lze obnovit.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Odstranit</translation>
    </message>
    <message>
        <source>It could not be saved; see the log.</source>
        <translation>Nepodařilo se uložit; podrobnosti jsou v protokolu.</translation>
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
        <translation>Odeslaná pošta</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Koncepty</translation>
    </message>
    <message>
        <source>Deleted Items</source>
        <translation>Odstraněná pošta</translation>
    </message>
    <message>
        <source>Junk Email</source>
        <translation>Nevyžádaná pošta</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Pošta k odeslání</translation>
    </message>
    <message>
        <source>e.g. Office Exchange</source>
        <translation>např. Kancelářský Exchange</translation>
    </message>
    <message>
        <source>As the server asks (recommended)</source>
        <translation>Podle požadavku serveru (doporučeno)</translation>
    </message>
    <message>
        <source>NTLM (Windows login)</source>
        <translation>NTLM (přihlášení k Windows)</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>O&amp;věřování:</translation>
    </message>
    <message>
        <source>EWS &amp;address:</source>
        <translation>&amp;Adresa EWS:</translation>
    </message>
    <message>
        <source>https://mail.firm.cz/EWS/Exchange.asmx</source>
        <translation>https://mail.firm.cz/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://): the password and every message cross the network as plain text. Use it only for a server on this computer or a network you trust.</source>
        <translation>Tato adresa není šifrovaná (http://): heslo i každá zpráva putují sítí jako prostý text. Používejte ji jen pro server na tomto počítači nebo v síti, které důvěřujete.</translation>
    </message>
    <message>
        <source>Find it from the &amp;e-mail address</source>
        <translation>Zjistit z &amp;e-mailové adresy</translation>
    </message>
    <message>
        <source>SmallCRM asks the firm&apos;s server (autodiscover) with the mailbox e-mail and password below when you test the connection or save.</source>
        <translation>Při testu připojení nebo při uložení se SmallCRM zeptá serveru kanceláře (autodiscover) pomocí e-mailu schránky a hesla uvedených níže.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>e.g. FIRMA\novakova</source>
        <translation>např. FIRMA\novakova</translation>
    </message>
    <message>
        <source>As you sign in to Windows at the office: DOMAIN\user or user@firm.cz</source>
        <translation>Jako při přihlašování do Windows v kanceláři: DOMÉNA\uživatel nebo uživatel@firm.cz</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Uživatelské jméno:</translation>
    </message>
    <message>
        <source>optional, e.g. jana.novakova@firm.cz</source>
        <translation>nepovinné, např. jana.novakova@firm.cz</translation>
    </message>
    <message>
        <source>Needed when the user name is DOMAIN\user; else the user name is used.</source>
        <translation>Nutné, pokud má uživatelské jméno tvar DOMÉNA\uživatel; jinak se použije uživatelské jméno.</translation>
    </message>
    <message>
        <source>&amp;Mailbox e-mail:</source>
        <translation>E-mail &amp;schránky:</translation>
    </message>
    <message>
        <source>Sync the &amp;calendar both ways</source>
        <translation>Synchronizovat &amp;kalendář obousměrně</translation>
    </message>
    <message>
        <source>Appointments of this mailbox appear in SmallCRM&apos;s calendar, and those made or changed here go back to Exchange.</source>
        <translation>Schůzky z této schránky se zobrazí v kalendáři SmallCRM a ty, které zde vytvoříte nebo změníte, se přenesou zpět do Exchange.</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Kalendář:</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Zadejte název účtu.</translation>
    </message>
    <message>
        <source>Type the EWS address, or let SmallCRM find it.</source>
        <translation>Zadejte adresu EWS, nebo ji nechte SmallCRM zjistit.</translation>
    </message>
    <message>
        <source>This is not a web address: it looks like https://mail.firm.cz/EWS/Exchange.asmx</source>
        <translation>Toto není webová adresa; správná vypadá jako https://mail.firm.cz/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <source>Confirm the unencrypted connection below, or use https://.</source>
        <translation>Níže potvrďte nešifrované připojení, nebo použijte https://.</translation>
    </message>
    <message>
        <source>Type the user name.</source>
        <translation>Zadejte uživatelské jméno.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Toto není e-mailová adresa.</translation>
    </message>
    <message>
        <source>Type the mailbox&apos;s e-mail address: a DOMAIN\user name does not say it.</source>
        <translation>Zadejte e-mailovou adresu schránky: ze jména ve tvaru DOMÉNA\uživatel ji nelze zjistit.</translation>
    </message>
    <message>
        <source>Tick at least one folder to sync.</source>
        <translation>Zaškrtněte alespoň jednu složku k synchronizaci.</translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Pro otestování připojení zadejte heslo.</translation>
    </message>
    <message>
        <source>“{name}” is an IMAP account: it opens in the IMAP form.</source>
        <translation>„{name}“ je účet IMAP: otevírá se ve formuláři pro IMAP.</translation>
    </message>
    <message>
        <source>A folder chosen earlier (Load folders names it)</source>
        <translation>Dříve vybraná složka (název zobrazí Načíst složky)</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n mail folder(s) on the server.</source>
        <translation>
            <numerusform>Připojeno: na serveru je %n poštovní složka.</numerusform>
            <numerusform>Připojeno: na serveru jsou %n poštovní složky.</numerusform>
            <numerusform>Připojeno: na serveru je %n poštovních složek.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asks for %1.</source>
        <translation>Server vyžaduje %1.</translation>
    </message>
    <message>
        <source>Found at %1</source>
        <translation>Nalezeno na adrese %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n zpráva</numerusform>
            <numerusform>%n zprávy</numerusform>
            <numerusform>%n zpráv</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nepřipojeno.</translation>
    </message>
    <message>
        <source>Found what the server asks; saving…</source>
        <translation>Požadavky serveru zjištěny; ukládám…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Export kontaktů</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formát:</translation>
    </message>
    <message>
        <source>vCard 4.0 (current address books)</source>
        <translation>vCard 4.0 (současné adresáře)</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones and Outlook)</source>
        <translation>vCard 3.0 (starší telefony a Outlook)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets; UTF-8)</source>
        <translation>CSV (tabulkové procesory; UTF-8)</translation>
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
        <translation>Všechny kontakty</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Soubor:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Vybrat…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportovat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>All contacts ({count})</source>
        <translation>Všechny kontakty ({count})</translation>
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
        <translation>Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {file}.</source>
        <translation>Kontakty byly exportovány do souboru {file} (počet: {count}).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>An unexpected error stopped the export. The details are in the log.</source>
        <translation>Export přerušila neočekávaná chyba. Podrobnosti najdete v protokolu.</translation>
    </message>
    <message>
        <source>The contacts were not exported. {reason}</source>
        <translation>Kontakty nebyly exportovány. {reason}</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups</source>
        <translation>Připomínky</translation>
    </message>
    <message>
        <source>Be reminded when it is time to get in touch again</source>
        <translation>Připomenout, až bude čas se znovu ozvat</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Každý %n týden</numerusform>
            <numerusform>Každé %n týdny</numerusform>
            <numerusform>Každých %n týdnů</numerusform>
        </translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Jiné…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Nepřipomínat</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>a ještě %n</numerusform>
            <numerusform>a ještě %n</numerusform>
            <numerusform>a ještě %n</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>po termínu od {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>termín dnes</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>termín zítra</translation>
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
        <translation>Označit jako hotové; zapíše se na časovou osu</translation>
    </message>
    <message>
        <source>Mark “{title}” done</source>
        <translation>Označit „{title}“ jako hotové</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Zatím bez kontaktu</translation>
    </message>
    <message>
        <source>Last contact today</source>
        <translation>Naposledy v kontaktu dnes</translation>
    </message>
    <message>
        <source>Last contact yesterday</source>
        <translation>Naposledy v kontaktu včera</translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n days ago</source>
        <translation>
            <numerusform>Naposledy v kontaktu před %n dnem</numerusform>
            <numerusform>Naposledy v kontaktu před %n dny</numerusform>
            <numerusform>Naposledy v kontaktu před %n dny</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n weeks ago</source>
        <translation>
            <numerusform>Naposledy v kontaktu před %n týdnem</numerusform>
            <numerusform>Naposledy v kontaktu před %n týdny</numerusform>
            <numerusform>Naposledy v kontaktu před %n týdny</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n months ago</source>
        <translation>
            <numerusform>Naposledy v kontaktu před %n měsícem</numerusform>
            <numerusform>Naposledy v kontaktu před %n měsíci</numerusform>
            <numerusform>Naposledy v kontaktu před %n měsíci</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay in touch: not set</source>
        <translation>Udržovat kontakt: nenastaveno</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Nastavit…</translation>
    </message>
    <message numerus="yes">
        <source>Stay in touch every %n weeks</source>
        <translation>
            <numerusform>Udržovat kontakt každý %n týden</numerusform>
            <numerusform>Udržovat kontakt každé %n týdny</numerusform>
            <numerusform>Udržovat kontakt každých %n týdnů</numerusform>
        </translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Změnit…</translation>
    </message>
    <message>
        <source>{last}, due since {date}</source>
        <translation>{last}, ozvat se od {date}</translation>
    </message>
    <message>
        <source>{last}, next due {date}</source>
        <translation>{last}, příště do {date}</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Akce se nezdařila: {reason}</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Udržovat kontakt</translation>
    </message>
    <message>
        <source>Weeks between contacts:</source>
        <translation>Počet týdnů mezi kontakty:</translation>
    </message>
</context>
<context>
    <name>FormFrame</name>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Import kontaktů</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Vrátit tento import zpět</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importovat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Načítám soubory…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importuji…</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Soubor CSV:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kódování:</translation>
    </message>
    <message>
        <source>Other delimiter</source>
        <translation>Jiný oddělovač</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Oddělovač:</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>První řádek je &amp;záhlaví</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formát:</translation>
    </message>
    <message>
        <source>Under each column name, choose what the column holds. Rows shown in red cannot be imported as they are; point at one to see why.</source>
        <translation>Pod názvem každého sloupce vyberte, co sloupec obsahuje. Řádky zobrazené červeně nelze v této podobě importovat; najeďte na některý z nich myší a uvidíte proč.</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Náhled souboru</translation>
    </message>
    <message>
        <source>When a contact already exists:</source>
        <translation>Pokud kontakt již existuje:</translation>
    </message>
    <message>
        <source>&amp;Update it from the file</source>
        <translation>&amp;Aktualizovat ho ze souboru</translation>
    </message>
    <message>
        <source>&amp;Skip it</source>
        <translation>&amp;Přeskočit ho</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Kopírovat seznam</translation>
    </message>
    <message>
        <source>Copies file, line and reason of every problem, one per line</source>
        <translation>Zkopíruje soubor, řádek a důvod u každého problému, jeden problém na řádek</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problémy</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: nelze přečíst ({reason}).</translation>
    </message>
    <message>
        <source>{file}: {cards} contacts found, {problems} problems.</source>
        <translation>{file}: nalezené kontakty: {cards}, problémy: {problems}.</translation>
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
        <translation>Středoevropské (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO-8859-2)</source>
        <translation>Středoevropské (ISO-8859-2)</translation>
    </message>
    <message>
        <source>Central European (DOS 852)</source>
        <translation>Středoevropské (DOS 852)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Západoevropské (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>Západoevropské (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cyrilice (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-U)</source>
        <translation>Cyrilice (KOI8-U)</translation>
    </message>
    <message>
        <source>Cyrillic (ISO-8859-5)</source>
        <translation>Cyrilice (ISO-8859-5)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>Japonské (Shift-JIS)</translation>
    </message>
    <message>
        <source>{encoding} · detected</source>
        <translation>{encoding} · rozpoznáno</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Čárka (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Středník (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulátor</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Svislá čára (|)</translation>
    </message>
    <message>
        <source>{delimiter} · detected</source>
        <translation>{delimiter} · rozpoznáno</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Jiný:</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Sloupec {number}</translation>
    </message>
    <message>
        <source>Showing the first {rows} rows; numbers on the left are file lines.</source>
        <translation>Náhled prvních řádků: {rows}; čísla vlevo jsou čísla řádků v souboru.</translation>
    </message>
    <message>
        <source>No rows to show: check the encoding and the delimiter.</source>
        <translation>Žádné řádky k zobrazení: zkontrolujte kódování a oddělovač.</translation>
    </message>
    <message>
        <source>SmallCRM export</source>
        <translation>Export ze SmallCRM</translation>
    </message>
    <message>
        <source>Outlook (recognised by its column names)</source>
        <translation>Outlook (rozpoznáno podle názvů sloupců)</translation>
    </message>
    <message>
        <source>Google Contacts (recognised by its column names)</source>
        <translation>Kontakty Google (rozpoznáno podle názvů sloupců)</translation>
    </message>
    <message>
        <source>Thunderbird (recognised by its column names)</source>
        <translation>Thunderbird (rozpoznáno podle názvů sloupců)</translation>
    </message>
    <message>
        <source>Not recognised: check how the columns are mapped</source>
        <translation>Nerozpoznáno: zkontrolujte přiřazení sloupců</translation>
    </message>
    <message>
        <source>ID: {key}</source>
        <translation>ID: {key}</translation>
    </message>
    <message>
        <source>Column {number} holds</source>
        <translation>Sloupec {number} obsahuje</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorovat —</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Osoba nebo organizace</translation>
    </message>
    <message>
        <source>Title (before the name)</source>
        <translation>Titul (před jménem)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Křestní jméno</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Prostřední jméno</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>Title (after the name)</source>
        <translation>Titul (za jménem)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Celé jméno</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Přezdívka</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Oddělení</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funkce</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Narozeniny</translation>
    </message>
    <message>
        <source>Birthday: year</source>
        <translation>Narozeniny: rok</translation>
    </message>
    <message>
        <source>Birthday: month</source>
        <translation>Narozeniny: měsíc</translation>
    </message>
    <message>
        <source>Birthday: day</source>
        <translation>Narozeniny: den</translation>
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
        <translation>E-mail (pracovní)</translation>
    </message>
    <message>
        <source>E-mail (home)</source>
        <translation>E-mail (soukromý)</translation>
    </message>
    <message>
        <source>E-mail (other)</source>
        <translation>E-mail (jiný)</translation>
    </message>
    <message>
        <source>E-mail: label of the next</source>
        <translation>E-mail: označení následujícího</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation>Telefon (pracovní)</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>Telefon (soukromý)</translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation>Telefon (mobil)</translation>
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
        <translation>Telefon (jiný)</translation>
    </message>
    <message>
        <source>Phone: label of the next</source>
        <translation>Telefon: označení následujícího</translation>
    </message>
    <message>
        <source>Address: label</source>
        <translation>Adresa: označení</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webová stránka</translation>
    </message>
    <message>
        <source>Web page: label of the next</source>
        <translation>Webová stránka: označení následující</translation>
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
        <translation>Identifikační číslo (IČO, REGON …)</translation>
    </message>
    <message>
        <source>Tax number (DIČ, NIP …)</source>
        <translation>Daňové číslo (DIČ, NIP …)</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>DIČ pro DPH</translation>
    </message>
    <message>
        <source>Unique id (UID)</source>
        <translation>Jedinečný identifikátor (UID)</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Pracovní adresa</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Domácí adresa</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Jiná adresa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>street</source>
        <translation>ulice</translation>
    </message>
    <message>
        <source>street, line 2</source>
        <translation>ulice, 2. řádek</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>P. O. Box</translation>
    </message>
    <message>
        <source>city</source>
        <translation>město</translation>
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
        <translation>země</translation>
    </message>
    <message>
        <source>{address}: {part}</source>
        <translation>{address}: {part}</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Načítám {file}</translation>
    </message>
    <message>
        <source>Saving {count} contacts…</source>
        <translation>Ukládám kontakty ({count})…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import dokončen</translation>
    </message>
    <message>
        <source>{imported} new contacts imported, {updated} updated, {unchanged} already up to date.</source>
        <translation>Nové kontakty: {imported}, aktualizované: {updated}, beze změny (již aktuální): {unchanged}.</translation>
    </message>
    <message>
        <source>{count} records were not imported or not imported whole. Each is listed with its file and line; the rest of each file was imported.</source>
        <translation>Záznamy, které nebyly importovány vůbec nebo jen zčásti: {count}. Každý je uveden se souborem a řádkem; zbytek každého souboru byl importován.</translation>
    </message>
    <message>
        <source>Every record was read without a problem.</source>
        <translation>Všechny záznamy byly načteny bez problémů.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Vracím zpět…</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import vrácen zpět</translation>
    </message>
    <message>
        <source>The import was undone: {count} records were taken back.</source>
        <translation>Import byl vrácen zpět (odebrané záznamy: {count}).</translation>
    </message>
    <message>
        <source>The problems the import met are still listed below, for reference.</source>
        <translation>Problémy, na které import narazil, zůstávají pro informaci uvedeny níže.</translation>
    </message>
    <message>
        <source>The import did not run</source>
        <translation>Import neproběhl</translation>
    </message>
    <message>
        <source>Nothing was changed. You can close this window and try again.</source>
        <translation>Nic nebylo změněno. Můžete toto okno zavřít a zkusit to znovu.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the work. The details are in the log file.</source>
        <translation>Práci přerušila neočekávaná chyba. Podrobnosti najdete v souboru protokolu.</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard *.csv *.txt)</source>
        <translation>Soubory kontaktů (*.vcf *.vcard *.csv *.txt)</translation>
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
        <translation>Všechny soubory (*)</translation>
    </message>
</context>
<context>
    <name>MailAccountDialogBase</name>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>I understand; connect without encryption</source>
        <translation>Rozumím; připojit bez šifrování</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>leave empty to keep the saved one</source>
        <translation>nechte prázdné, chcete-li ponechat uložené</translation>
    </message>
    <message>
        <source>Keep the password in memory until SmallCRM closes</source>
        <translation>Uchovat heslo v paměti do ukončení SmallCRM</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Otestovat připojení</translation>
    </message>
    <message>
        <source>&amp;Load folders</source>
        <translation>Načíst s&amp;ložky</translation>
    </message>
    <message>
        <source>List the folders on the server</source>
        <translation>Zobrazit složky na serveru</translation>
    </message>
    <message>
        <source>&amp;Folders:</source>
        <translation>Složk&amp;y:</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>Posledních</translation>
    </message>
    <message>
        <source> months</source>
        <translation> měs.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Everything in the mailbox</source>
        <translation>Vše v poštovní schránce</translation>
    </message>
    <message>
        <source>First sync reaches back:</source>
        <translation>První synchronizace zahrne:</translation>
    </message>
    <message>
        <source>All mail</source>
        <translation>Veškerou poštu</translation>
    </message>
    <message>
        <source>Every message in the chosen folders is kept and searchable here.</source>
        <translation>Každá zpráva z vybraných složek se uloží a lze ji zde vyhledat.</translation>
    </message>
    <message>
        <source>Only mail of contacts</source>
        <translation>Jen poštu s kontakty</translation>
    </message>
    <message>
        <source>A message is kept only when a sender or recipient is in the address book; private and marketing mail stays on the server.</source>
        <translation>Zpráva se uloží, jen pokud je odesílatel nebo příjemce v adresáři; soukromá a reklamní pošta zůstane na serveru.</translation>
    </message>
    <message>
        <source>Only mail filed on a matter</source>
        <translation>Jen poštu zařazenou ke spisu</translation>
    </message>
    <message>
        <source>Only messages in a conversation already filed on a matter are kept; the rest is not stored.</source>
        <translation>Ukládají se jen zprávy z konverzací, které už jsou zařazeny ke spisu; ostatní se neukládají.</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Ukládat:</translation>
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
        <translation>Jen na vyžádání (Synchronizovat poštu nyní)</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>Synchronizace:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Připojování…</translation>
    </message>
    <message>
        <source>I trust this certificate (fingerprint %1)</source>
        <translation>Tomuto certifikátu důvěřuji (otisk %1)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Compare its SHA-256 fingerprint with the one your mail provider or administrator gives you:
%1</source>
        <translation>Certifikát serveru není důvěryhodný. Porovnejte jeho otisk SHA-256 s otiskem, který vám sdělí poskytovatel pošty nebo správce:
%1</translation>
    </message>
    <message>
        <source>The test failed unexpectedly; the log file has the details.</source>
        <translation>Test neočekávaně selhal; podrobnosti najdete v souboru protokolu.</translation>
    </message>
    <message>
        <source>Saving failed unexpectedly; the log file has the details.</source>
        <translation>Uložení neočekávaně selhalo; podrobnosti najdete v souboru protokolu.</translation>
    </message>
    <message>
        <source>Type the account&apos;s password.</source>
        <translation>Zadejte heslo k účtu.</translation>
    </message>
    <message>
        <source>No secure password store works on this computer: tick “Keep the password in memory until SmallCRM closes”, or install a password store.</source>
        <translation>Na tomto počítači nefunguje žádné zabezpečené úložiště hesel: zaškrtněte „Uchovat heslo v paměti do ukončení SmallCRM“, nebo nainstalujte úložiště hesel.</translation>
    </message>
</context>
<context>
    <name>MailAccountsDialog</name>
    <message>
        <source>Mail Accounts</source>
        <translation>Poštovní účty</translation>
    </message>
    <message>
        <source>No mail accounts yet. Add one to see client mail on contacts and matters.</source>
        <translation>Zatím nemáte žádný poštovní účet. Přidejte ho a u kontaktů a spisů uvidíte poštu s klienty.</translation>
    </message>
    <message>
        <source>Add &amp;IMAP Account…</source>
        <translation>Přidat účet &amp;IMAP…</translation>
    </message>
    <message>
        <source>Add E&amp;xchange Account…</source>
        <translation>Přidat účet E&amp;xchange…</translation>
    </message>
    <message>
        <source>A mailbox on the firm&apos;s own Microsoft Exchange Server (EWS)</source>
        <translation>Poštovní schránka na vlastním serveru Microsoft Exchange Server kanceláře (EWS)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upravit…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchronizovat nyní</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Odebrat…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>probíhá synchronizace…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored</source>
        <translation>
            <numerusform>%n uložená zpráva</numerusform>
            <numerusform>%n uložené zprávy</numerusform>
            <numerusform>%n uložených zpráv</numerusform>
        </translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>zatím nesynchronizováno</translation>
    </message>
    <message>
        <source>%1 on Exchange %2</source>
        <translation>%1 na serveru Exchange %2</translation>
    </message>
    <message>
        <source>Stop syncing “%1” and forget its password?

The messages already stored stay here, listed, searchable and filed as they are. Nothing is deleted on the server.</source>
        <translation>Přestat synchronizovat „%1“ a zapomenout jeho heslo?

Už uložené zprávy tu zůstanou, v seznamech, ve vyhledávání i založené ve spisech tak, jak jsou. Na serveru se nic nesmaže.</translation>
    </message>
    <message>
        <source>Its calendar&apos;s events stay too, as this computer&apos;s events; changes to them no longer go to Exchange.</source>
        <translation>Zůstanou i události jeho kalendáře, jako události tohoto počítače; jejich změny už do Exchange nepůjdou.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Odebrat účet</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>MailSync</name>
    <message>
        <source>no password</source>
        <translation>chybí heslo</translation>
    </message>
    <message>
        <source>sync failed unexpectedly</source>
        <translation>synchronizace neočekávaně selhala</translation>
    </message>
    <message>
        <source>password refused</source>
        <translation>heslo odmítnuto</translation>
    </message>
    <message>
        <source>server not reachable</source>
        <translation>server je nedostupný</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>certifikát není důvěryhodný</translation>
    </message>
    <message>
        <source>being synced elsewhere</source>
        <translation>synchronizuje se jinde</translation>
    </message>
    <message>
        <source>server busy</source>
        <translation>server je přetížený</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar conflict(s)</source>
        <translation>
            <numerusform>%n konflikt v kalendáři</numerusform>
            <numerusform>%n konflikty v kalendáři</numerusform>
            <numerusform>%n konfliktů v kalendáři</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts to sync</source>
        <translation>Žádné účty k synchronizaci</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronizuji %1…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 %3…</source>
        <translation>Synchronizuji %1: %2 %3…</translation>
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
        <translation> — další pokus v %1</translation>
    </message>
    <message>
        <source>Mail not synced yet</source>
        <translation>Pošta zatím nebyla synchronizována</translation>
    </message>
    <message>
        <source>Mail synced %1 — %2 new</source>
        <translation>Pošta synchronizována v %1 — nových: %2</translation>
    </message>
    <message>
        <source>, %1 not kept (privacy)</source>
        <translation>, neuloženo: %1 (soukromí)</translation>
    </message>
    <message>
        <source>Add a mail account in File › Mail Accounts…</source>
        <translation>Poštovní účet přidáte v nabídce Soubor › Poštovní účty…</translation>
    </message>
    <message>
        <source>%1: last synced %2 %3 — %4 new, %5 not kept (privacy); %6 stored</source>
        <translation>%1: naposledy synchronizováno %2 v %3 — nových: %4, neuloženo: %5 (soukromí); uloženo celkem: %6</translation>
    </message>
    <message>
        <source>%1: not synced yet</source>
        <translation>%1: zatím nesynchronizováno</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Poslední chyba: %1</translation>
    </message>
    <message>
        <source>Next try %1</source>
        <translation>Další pokus v %1</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar change(s) wait for your decision</source>
        <translation>
            <numerusform>%n změna v kalendáři čeká na vaše rozhodnutí</numerusform>
            <numerusform>%n změny v kalendáři čekají na vaše rozhodnutí</numerusform>
            <numerusform>%n změn v kalendáři čeká na vaše rozhodnutí</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncs only when you ask (F9)</source>
        <translation>Synchronizuje se jen na vyžádání (F9)</translation>
    </message>
</context>
<context>
    <name>MailView</name>
    <message>
        <source>Mail accounts</source>
        <translation>Poštovní účty</translation>
    </message>
    <message>
        <source>No mail here</source>
        <translation>Zde není žádná pošta</translation>
    </message>
    <message>
        <source>Mail from the accounts you add appears here after the next sync.</source>
        <translation>Pošta z účtů, které přidáte, se zde objeví po příští synchronizaci.</translation>
    </message>
    <message>
        <source>Mail with this person or on this matter appears here.</source>
        <translation>Zde se zobrazí pošta s touto osobou nebo k tomuto spisu.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Zprávy</translation>
    </message>
    <message>
        <source>All mail</source>
        <translation>Veškerá pošta</translation>
    </message>
    <message>
        <source>{user} on {host}: {count} messages</source>
        <translation>{user} na {host} – počet zpráv: {count}</translation>
    </message>
    <message>
        <source>see the log</source>
        <translation>podrobnosti jsou v protokolu</translation>
    </message>
    <message>
        <source>The message cannot be shown: {reason}</source>
        <translation>Zprávu nelze zobrazit: {reason}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez předmětu)</translation>
    </message>
    <message>
        <source>Not filed on a matter</source>
        <translation>Nezařazeno ke spisu</translation>
    </message>
    <message>
        <source>Move to &amp;matter…</source>
        <translation>Přesunout do &amp;spisu…</translation>
    </message>
    <message>
        <source>File on &amp;matter…</source>
        <translation>Zařadit ke &amp;spisu…</translation>
    </message>
    <message>
        <source>Parts of this message could not be read.</source>
        <translation>Části této zprávy nebylo možné přečíst.</translation>
    </message>
    <message>
        <source>Remote images were blocked ({count}).</source>
        <translation>Vzdálené obrázky byly zablokovány (počet: {count}).</translation>
    </message>
    <message>
        <source>— filed</source>
        <translation>— zařazeno</translation>
    </message>
    <message>
        <source>Open the Mail section to file documents</source>
        <translation>Pro zařazení dokumentů otevřete sekci Pošta</translation>
    </message>
    <message>
        <source>Pick a matter from the list.</source>
        <translation>Vyberte spis ze seznamu.</translation>
    </message>
    <message>
        <source>Filed on the matter.</source>
        <translation>Zařazeno ke spisu.</translation>
    </message>
    <message>
        <source>Removed from the matter.</source>
        <translation>Vyřazeno ze spisu.</translation>
    </message>
    <message>
        <source>Not filed: {reason}</source>
        <translation>Nezařazeno: {reason}</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Uložit přílohu</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Uloženo: {name}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Neuloženo: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Filed as %n document(s).</source>
        <translation>
            <numerusform>Zařazeno jako %n dokument.</numerusform>
            <numerusform>Zařazeno jako %n dokumenty.</numerusform>
            <numerusform>Zařazeno jako %n dokumentů.</numerusform>
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
        <source>New &amp;Matter</source>
        <translation>Nový &amp;spis</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importovat kontakty…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>&amp;Exportovat kontakty…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicate Contacts…</source>
        <translation>Najít &amp;duplicitní kontakty…</translation>
    </message>
    <message>
        <source>Mail &amp;Accounts…</source>
        <translation>&amp;Poštovní účty…</translation>
    </message>
    <message>
        <source>&amp;Sync Mail Now</source>
        <translation>Synchroni&amp;zovat poštu nyní</translation>
    </message>
    <message>
        <source>Calendar &amp;Conflicts…</source>
        <translation>Kon&amp;flikty v kalendáři…</translation>
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
        <source>&amp;Preferences…</source>
        <translation>Nas&amp;tavení…</translation>
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
        <source>Review…</source>
        <translation>Zkontrolovat…</translation>
    </message>
    <message>
        <source>Calendar changes that wait for your decision</source>
        <translation>Změny v kalendáři, které čekají na vaše rozhodnutí</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracuji…</translation>
    </message>
    <message>
        <source>Your changes are stored as version {number}.</source>
        <translation>Vaše změny jsou uloženy jako verze {number}.</translation>
    </message>
    <message>
        <source>Calendar &amp;Conflicts (%1)…</source>
        <translation>Kon&amp;flikty v kalendáři (%1)…</translation>
    </message>
    <message>
        <source>Coming in a later version of SmallCRM.</source>
        <translation>Přijde v některé z příštích verzí SmallCRM.</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Tučně (Ctrl+B)</translation>
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
        <translation>Číslovaný seznam</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, - list</source>
        <translation>Markdown: **tučně**, *kurzíva*, - seznam</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Náhled</translation>
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
        <translation>Upravit {number}</translation>
    </message>
    <message>
        <source>e.g. Novák v. Dvořák, Tax return 2025</source>
        <translation>např. Novák v. Dvořák, Daňové přiznání 2025</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>Given automatically, like {example}</source>
        <translation>Přidělí se samo, např. {example}</translation>
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
        <translation>(žádný)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Fáze:</translation>
    </message>
    <message>
        <source>Who in the firm answers for it</source>
        <translation>Kdo za spis v kanceláři odpovídá</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Odpovídá:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>&amp;Založeno:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Neuzavřeno</translation>
    </message>
    <message>
        <source>Cl&amp;osed:</source>
        <translation>&amp;Uzavřeno:</translation>
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
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Enter a title for the matter.</source>
        <translation>Zadejte název spisu.</translation>
    </message>
    <message>
        <source>The title is too long: at most {count} characters.</source>
        <translation>Název je příliš dlouhý: nejvýše {count} znaků.</translation>
    </message>
    <message>
        <source>The matter cannot close before it opens.</source>
        <translation>Spis nemůže být uzavřen dřív, než byl založen.</translation>
    </message>
    <message>
        <source>Pick the client from the list of names, or leave it empty.</source>
        <translation>Vyberte klienta ze seznamu jmen, nebo pole nechte prázdné.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Opravte prosím označená pole.</translation>
    </message>
    <message>
        <source>The number {number} is already used by another matter.</source>
        <translation>Číslo {number} už má jiný spis.</translation>
    </message>
    <message>
        <source>The matter could not be saved; see the log.</source>
        <translation>Spis se nepodařilo uložit; podrobnosti jsou v protokolu.</translation>
    </message>
</context>
<context>
    <name>MatterPage</name>
    <message>
        <source>← &amp;Back to matters</source>
        <translation>← &amp;Zpět na spisy</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Zpět na seznam (Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upravit…</translation>
    </message>
    <message>
        <source>Change the title, number, stage, dates (F2)</source>
        <translation>Změnit název, číslo, fázi, data (F2)</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Přesunout do &amp;koše</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Účastníci</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Časová osa</translation>
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
        <source>Conflict check</source>
        <translation>Kontrola střetu zájmů</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>No parties yet. Add the client, the other side and anyone else involved.</source>
        <translation>Zatím žádní účastníci. Přidejte klienta, protistranu a další zúčastněné.</translation>
    </message>
    <message>
        <source>&amp;Add party…</source>
        <translation>&amp;Přidat účastníka…</translation>
    </message>
    <message>
        <source>Open &amp;contact</source>
        <translation>Otevřít &amp;kontakt</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Odebrat</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Úkol</translation>
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
        <translation>Ke spisu nejsou žádné otevřené úkoly. Níže si můžete nastavit připomenutí.</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Označit jako &amp;hotové</translation>
    </message>
    <message>
        <source>Remind me in</source>
        <translation>Připomenout za</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dní</translation>
    </message>
    <message>
        <source>Days until the reminder</source>
        <translation>Počet dní do připomenutí</translation>
    </message>
    <message>
        <source>Set &amp;reminder</source>
        <translation>Nastavit &amp;připomenutí</translation>
    </message>
    <message>
        <source>&amp;Deadline calculator…</source>
        <translation>Kalkulačka l&amp;hůt…</translation>
    </message>
    <message>
        <source>Count a deadline from a date, skipping weekends and public holidays</source>
        <translation>Vypočítat lhůtu od zadaného data s ohledem na víkendy a svátky</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Lhůta</translation>
    </message>
    <message>
        <source>Stage: {stage} ({days})</source>
        <translation>Fáze: {stage} ({days})</translation>
    </message>
    <message>
        <source>Responsible: {name}</source>
        <translation>Odpovídá: {name}</translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation>Založeno {date}</translation>
    </message>
    <message>
        <source>Closed {date}</source>
        <translation>Uzavřeno {date}</translation>
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
        <translation>Připomenutí</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po termínu</translation>
    </message>
    <message>
        <source>Tasks ({count})</source>
        <translation>Úkoly ({count})</translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation>Označeno jako hotové.</translation>
    </message>
    <message>
        <source>Follow up: {matter}</source>
        <translation>Ozvat se: {matter}</translation>
    </message>
    <message>
        <source>Reminder set for {date}.</source>
        <translation>Připomenutí nastaveno na {date}.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the change. The details are in the log.</source>
        <translation>Změnu zastavila neočekávaná chyba. Podrobnosti jsou v protokolu.</translation>
    </message>
</context>
<context>
    <name>MatterPickDialog</name>
    <message>
        <source>File on matter</source>
        <translation>Zařadit ke spisu</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Spis:</translation>
    </message>
    <message>
        <source>The whole &amp;conversation ({count} messages)</source>
        <translation>Celou &amp;konverzaci (zpráv: {count})</translation>
    </message>
</context>
<context>
    <name>MatterSettingsDialog</name>
    <message>
        <source>Stages, types and numbers</source>
        <translation>Fáze, typy a čísla</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fáze</translation>
    </message>
    <message>
        <source>Matter types</source>
        <translation>Typy spisů</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Čísla</translation>
    </message>
    <message>
        <source>The board shows one column per stage, in this order. Intake stages come before the firm takes a matter on; closed and declined stages end it.</source>
        <translation>Nástěnka má pro každou fázi jeden sloupec, v tomto pořadí. Fáze příjmu předcházejí převzetí věci kanceláří; uzavřené a odmítnuté fáze spis ukončují.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fáze</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Zobrazení</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Stav:</translation>
    </message>
    <message>
        <source>&amp;Save stage</source>
        <translation>&amp;Uložit fázi</translation>
    </message>
    <message>
        <source>&amp;New stage</source>
        <translation>Nová &amp;fáze</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Posunout &amp;nahoru</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Posunout &amp;dolů</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivovat</translation>
    </message>
    <message>
        <source>The kinds of work the firm does. An archived type is no longer offered; matters of that type keep it.</source>
        <translation>Druhy práce, které kancelář dělá. Archivovaný typ se už nenabízí; spisy tohoto typu si ho ponechají.</translation>
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
        <translation>Uložit t&amp;yp</translation>
    </message>
    <message>
        <source>New &amp;type</source>
        <translation>Nový &amp;typ</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivovat</translation>
    </message>
    <message>
        <source>Number &amp;pattern:</source>
        <translation>&amp;Vzor čísla:</translation>
    </message>
    <message>
        <source>{year} is the year the matter opens (2026), {yy} its last two digits (26), {seq} the running number; {seq:04} writes it with four digits (0042). With the year in the pattern the running number starts anew each year. Numbers once given are never given again.</source>
        <translation>{year} je rok založení spisu (2026), {yy} jeho poslední dvě číslice (26), {seq} pořadové číslo; {seq:04} ho zapíše čtyřmi číslicemi (0042). Je-li ve vzoru rok, pořadové číslo začíná každý rok znovu. Jednou přidělená čísla se už nikdy znovu nepřidělí.</translation>
    </message>
    <message>
        <source>Save &amp;pattern</source>
        <translation>Uložit &amp;vzor</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivováno</translation>
    </message>
    <message>
        <source>on the board</source>
        <translation>na nástěnce</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>nabízí se</translation>
    </message>
    <message>
        <source>&amp;Restore to the board</source>
        <translation>&amp;Vrátit na nástěnku</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nová fáze</translation>
    </message>
    <message>
        <source>New type</source>
        <translation>Nový typ</translation>
    </message>
    <message>
        <source>New matters will be numbered like {example}.</source>
        <translation>Nové spisy dostanou čísla jako {example}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Uloženo.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the change. The details are in the log.</source>
        <translation>Změnu zastavila neočekávaná chyba. Podrobnosti jsou v protokolu.</translation>
    </message>
    <message>
        <source>Matters are still in this stage. Move them to another stage first, then archive it.</source>
        <translation>V této fázi jsou ještě spisy. Nejprve je přesuňte do jiné fáze, pak ji archivujte.</translation>
    </message>
    <message>
        <source>There is already a stage of that name.</source>
        <translation>Fáze s tímto názvem už existuje.</translation>
    </message>
    <message>
        <source>There is already a matter type of that name.</source>
        <translation>Typ spisu s tímto názvem už existuje.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Zadejte název.</translation>
    </message>
    <message>
        <source>The pattern needs {seq}, the running number; for example {year}/{seq:04}.</source>
        <translation>Vzor musí obsahovat {seq}, pořadové číslo; například {year}/{seq:04}.</translation>
    </message>
    <message>
        <source>The pattern has a placeholder SmallCRM does not know. Use {year}, {yy} and {seq} (or {seq:04} for four digits).</source>
        <translation>Vzor obsahuje zástupný znak, který SmallCRM nezná. Použijte {year}, {yy} a {seq} (nebo {seq:04} pro čtyři číslice).</translation>
    </message>
</context>
<context>
    <name>MatterTexts</name>
    <message>
        <source>Inquiry</source>
        <translation>Poptávka</translation>
    </message>
    <message>
        <source>Conflict check</source>
        <translation>Kontrola střetu zájmů</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Převzato</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Probíhá</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Uzavřeno</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odmítnuto</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>Spor</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Poradenství</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Smlouva</translation>
    </message>
    <message>
        <source>Tax return</source>
        <translation>Daňové přiznání</translation>
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
        <translation>Účetnictví</translation>
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
        <translation>Právní zástupce protistrany</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Svědek</translation>
    </message>
    <message>
        <source>Court or authority</source>
        <translation>Soud nebo úřad</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Související</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Příjem</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dnes</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n den</numerusform>
            <numerusform>%n dny</numerusform>
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
        <translation>Název</translation>
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
        <translation>Fáze</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Odpovídá</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Založeno</translation>
    </message>
</context>
<context>
    <name>MattersView</name>
    <message>
        <source>No matters yet</source>
        <translation>Zatím žádné spisy</translation>
    </message>
    <message>
        <source>Open a matter for each case or engagement: its parties, timeline, tasks and documents stay together.</source>
        <translation>Založte spis pro každou věc nebo zakázku: její účastníci, časová osa, úkoly a dokumenty zůstanou pohromadě.</translation>
    </message>
    <message>
        <source>New matter: Ctrl+Shift+N</source>
        <translation>Nový spis: Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>No matching matters</source>
        <translation>Žádné odpovídající spisy</translation>
    </message>
    <message>
        <source>Try other filters or fewer words.</source>
        <translation>Zkuste jiné filtry nebo méně slov.</translation>
    </message>
    <message>
        <source>Loading matters…</source>
        <translation>Načítám spisy…</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Spisy</translation>
    </message>
    <message>
        <source>Filter by number, title or party</source>
        <translation>Filtrovat podle čísla, názvu nebo účastníka</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtr</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Seznam</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Nástěnka</translation>
    </message>
    <message>
        <source>Switch between the list and the board (Ctrl+Shift+B)</source>
        <translation>Přepnout mezi seznamem a nástěnkou (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Stages and types…</source>
        <translation>Fáze a typy…</translation>
    </message>
    <message>
        <source>Edit the pipeline&apos;s stages, the matter types and the number pattern</source>
        <translation>Upravit fáze, typy spisů a vzor čísel</translation>
    </message>
    <message>
        <source>New matter</source>
        <translation>Nový spis</translation>
    </message>
    <message>
        <source>Open a new matter (Ctrl+Shift+N)</source>
        <translation>Založit nový spis (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Open matters, or one phase</source>
        <translation>Otevřené spisy, nebo jeden stav</translation>
    </message>
    <message>
        <source>All matters</source>
        <translation>Všechny spisy</translation>
    </message>
    <message>
        <source>Open matters</source>
        <translation>Otevřené spisy</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Příjem</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Převzaté</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Uzavřené</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odmítnuté</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fáze</translation>
    </message>
    <message>
        <source>Show only matters in this stage</source>
        <translation>Zobrazit jen spisy v této fázi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Show only matters of this type</source>
        <translation>Zobrazit jen spisy tohoto typu</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Odpovídá</translation>
    </message>
    <message>
        <source>Show only the matters this person answers for</source>
        <translation>Zobrazit jen spisy, za které tato osoba odpovídá</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Všechny fáze</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Všechny typy</translation>
    </message>
    <message>
        <source>Anyone responsible</source>
        <translation>Kdokoli odpovědný</translation>
    </message>
    <message>
        <source>Could not load the matters.</source>
        <translation>Spisy se nepodařilo načíst.</translation>
    </message>
    <message>
        <source>{shown} of {total} matters</source>
        <translation>{shown} z {total} spisů</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matters</source>
        <translation>
            <numerusform>%Ln spis</numerusform>
            <numerusform>%Ln spisy</numerusform>
            <numerusform>%Ln spisů</numerusform>
        </translation>
    </message>
    <message>
        <source>That matter is no longer there.</source>
        <translation>Tento spis už neexistuje.</translation>
    </message>
    <message>
        <source>Moved to {stage}.</source>
        <translation>Přesunuto do fáze {stage}.</translation>
    </message>
    <message numerus="yes">
        <source>Filed %n message(s) on the matter.</source>
        <translation>
            <numerusform>Ke spisu byla zařazena %n zpráva.</numerusform>
            <numerusform>Ke spisu byly zařazeny %n zprávy.</numerusform>
            <numerusform>Ke spisu bylo zařazeno %n zpráv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n matter(s) to the trash</source>
        <translation>
            <numerusform>%n spis přesunut do koše</numerusform>
            <numerusform>%n spisy přesunuty do koše</numerusform>
            <numerusform>%n spisů přesunuto do koše</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n matter(s) from the trash</source>
        <translation>
            <numerusform>%n spis obnoven z koše</numerusform>
            <numerusform>%n spisy obnoveny z koše</numerusform>
            <numerusform>%n spisů obnoveno z koše</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>To se nepovedlo; podrobnosti jsou v protokolu.</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>To se nepovedlo: {reason}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>Sloučení kontaktů</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation>Sloučení organizací</translation>
    </message>
    <message>
        <source>Merge two organisations into one</source>
        <translation>Sloučit dvě organizace do jedné</translation>
    </message>
    <message>
        <source>Merge two contacts into one</source>
        <translation>Sloučit dva kontakty do jednoho</translation>
    </message>
    <message>
        <source>Where the two differ, choose the value to keep. E-mails, phones, addresses, web links and tags of both are all kept, and everyone working at either one works at the one kept. The merge can be undone.</source>
        <translation>Kde se oba záznamy liší, vyberte hodnotu, která se má zachovat. E-maily, telefony, adresy, webové odkazy a štítky z obou záznamů se zachovají všechny a kdo pracuje v kterékoli z obou organizací, bude pracovat v té zachované. Sloučení lze vrátit zpět.</translation>
    </message>
    <message>
        <source>Where the two differ, choose the value to keep. E-mails, phones, addresses, web links, tags and relations of both are all kept. The merge can be undone.</source>
        <translation>Kde se oba záznamy liší, vyberte hodnotu, která se má zachovat. E-maily, telefony, adresy, webové odkazy, štítky a vztahy z obou záznamů se zachovají všechny. Sloučení lze vrátit zpět.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Sloučit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Reading both organisations…</source>
        <translation>Načítám obě organizace…</translation>
    </message>
    <message>
        <source>Reading both contacts…</source>
        <translation>Načítám oba kontakty…</translation>
    </message>
    <message>
        <source>The two organisations could not be read: {reason}</source>
        <translation>Organizace se nepodařilo načíst: {reason}</translation>
    </message>
    <message>
        <source>The two contacts could not be read: {reason}</source>
        <translation>Kontakty se nepodařilo načíst: {reason}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titul</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Křestní jméno</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Prostřední jméno</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Titul za jménem</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Zobrazované jméno</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Přezdívka</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funkce</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Oddělení</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Narozeniny</translation>
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
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Právní forma</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
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
        <translation>(fotografii nelze zobrazit)</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Zachovat:</translation>
    </message>
    <message>
        <source>{name} (no. {id})</source>
        <translation>{name} (č. {id})</translation>
    </message>
    <message>
        <source>This record stays; the other one is merged into it and removed.</source>
        <translation>Tento záznam zůstane; druhý se do něj sloučí a odstraní se.</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Zachovat {name}</translation>
    </message>
    <message>
        <source>Kept from both</source>
        <translation>Zachová se z obou</translation>
    </message>
    <message>
        <source>This photo</source>
        <translation>Tato fotografie</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-maily</translation>
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
        <translation>Web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Vztahy</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Neither has e-mails, phones, addresses or tags.</source>
        <translation>Ani jeden nemá e-maily, telefony, adresy ani štítky.</translation>
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
        <translation>působí v organizaci {organization}</translation>
    </message>
    <message>
        <source>{role}: {person}</source>
        <translation>{role}: {person}</translation>
    </message>
    <message>
        <source>related to {person}</source>
        <translation>vztah k osobě {person}</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Slučuji…</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>neočekávaná chyba</translation>
    </message>
    <message>
        <source>The merge did not happen ({reason}). Nothing was changed.</source>
        <translation>Sloučení neproběhlo ({reason}). Nic nebylo změněno.</translation>
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
        <translation>Kopie:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Složka:</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>Spis:</translation>
    </message>
    <message>
        <source>Deleted on the server: the copy kept here stays until you remove it.</source>
        <translation>Na serveru smazáno: kopie uložená zde zůstane, dokud ji neodstraníte.</translation>
    </message>
    <message>
        <source>File on &amp;matter…</source>
        <translation>Zařadit ke &amp;spisu…</translation>
    </message>
    <message>
        <source>&amp;Remove from matter</source>
        <translation>&amp;Vyřadit ze spisu</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Přílohy</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Uložit &amp;jako…</translation>
    </message>
    <message>
        <source>File as &amp;document</source>
        <translation>Zařadit jako &amp;dokument</translation>
    </message>
    <message>
        <source>Show for this &amp;message</source>
        <translation>&amp;Zobrazit u této zprávy</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konverzace</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
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
        <translation>Předmět</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Spis</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(neznámý)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez předmětu)</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>nepřečteno</translation>
    </message>
    <message>
        <source>with attachments</source>
        <translation>s přílohami</translation>
    </message>
</context>
<context>
    <name>OrganizationView</name>
    <message>
        <source>← &amp;Back to contacts</source>
        <translation>← &amp;Zpět na kontakty</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Zpět na seznam (Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Upravit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
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
        <translation>&amp;Připomenout</translation>
    </message>
    <message>
        <source>Remind me to follow up in a few days</source>
        <translation>Připomenout se za několik dní</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Časová osa</translation>
    </message>
    <message>
        <source>No people are linked to this organisation yet.</source>
        <translation>K této organizaci zatím nejsou přiřazeny žádné osoby.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
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
        <translation>Identifikační údaje</translation>
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
        <translation>Přidat účastníka</translation>
    </message>
    <message>
        <source>Start typing a person&apos;s or organisation&apos;s name</source>
        <translation>Začněte psát jméno osoby nebo název organizace</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Kdo:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Optional, e.g. represented by</source>
        <translation>Nepovinné, např. koho zastupuje</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Poznámka:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Přidat</translation>
    </message>
    <message>
        <source>Pick the person or organisation from the list of names.</source>
        <translation>Vyberte osobu nebo organizaci ze seznamu jmen.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Mail Password</source>
        <translation>Heslo k poště</translation>
    </message>
    <message>
        <source>SmallCRM needs the password of the mail account “%1” to sync it.</source>
        <translation>K synchronizaci poštovního účtu „%1“ potřebuje SmallCRM heslo.</translation>
    </message>
    <message>
        <source>Save it in the system password store</source>
        <translation>Uložit do systémového úložiště hesel</translation>
    </message>
    <message>
        <source>Otherwise it is kept in memory only, until SmallCRM closes.</source>
        <translation>Jinak zůstane jen v paměti, dokud se SmallCRM neukončí.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizovat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Type a name to add someone</source>
        <translation>Napište jméno a přidejte dalšího</translation>
    </message>
    <message>
        <source>Add a person or organisation</source>
        <translation>Přidat osobu nebo organizaci</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Odebrat {name}</translation>
    </message>
</context>
<context>
    <name>PickDateDialog</name>
    <message>
        <source>Remind me on</source>
        <translation>Připomenout dne</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otevřít</translation>
    </message>
    <message>
        <source>Move to the &amp;previous stage</source>
        <translation>Přesunout do &amp;předchozí fáze</translation>
    </message>
    <message>
        <source>Move to the &amp;next stage</source>
        <translation>Přesunout do &amp;další fáze</translation>
    </message>
    <message>
        <source>&amp;Move to stage</source>
        <translation>Přesu&amp;nout do fáze</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>Výchozí &amp;země:</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as this country&apos;s, and its numbers are shown in the national format.</source>
        <translation>Telefonní čísla zapsaná bez předvolby země se považují za čísla této země a její čísla se zobrazují ve vnitrostátním formátu.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Jazyk rozhraní:</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Projeví se při příštím spuštění.</translation>
    </message>
    <message>
        <source>System ({zone})</source>
        <translation>Podle systému ({zone})</translation>
    </message>
    <message>
        <source>Calendar time &amp;zone:</source>
        <translation>Časové &amp;pásmo kalendáře:</translation>
    </message>
    <message>
        <source>Events are shown in this zone; each keeps its own. Takes effect at the next start.</source>
        <translation>Události se zobrazují v tomto pásmu; každá si přitom ponechává své vlastní. Projeví se při příštím spuštění.</translation>
    </message>
    <message>
        <source>For everyone using this database</source>
        <translation>Pro všechny, kdo používají tuto databázi</translation>
    </message>
    <message>
        <source>&amp;Alphabet of name lists:</source>
        <translation>&amp;Abeceda seznamů jmen:</translation>
    </message>
    <message>
        <source>Č after C, CH after H in Czech; Ł after L in Polish.</source>
        <translation>V češtině Č po C a CH po H; v polštině Ł po L.</translation>
    </message>
    <message>
        <source>each workstation&apos;s own profile folder</source>
        <translation>vlastní složka profilu na každém počítači</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pro&amp;cházet…</translation>
    </message>
    <message>
        <source>&amp;Documents folder:</source>
        <translation>Složka &amp;dokumentů:</translation>
    </message>
    <message>
        <source>With a shared database, a folder every workstation reaches by the same path (a network share). Files stored before stay where they are.</source>
        <translation>U sdílené databáze složka, kterou každý počítač najde pod stejnou cestou (síťová složka). Dříve uložené soubory zůstanou, kde jsou.</translation>
    </message>
    <message>
        <source>Documents folder</source>
        <translation>Složka dokumentů</translation>
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
        <translation>Polsko</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Chorvatsko</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukrajina</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Rakousko</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Německo</translation>
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
        <translation>Spojené království</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irsko</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Podle systému ({language})</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <source>same e-mail {email}</source>
        <translation>stejný e-mail {email}</translation>
    </message>
    <message>
        <source>but different e-mails</source>
        <translation>ale různé e-maily</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>stejný telefon {phone}</translation>
    </message>
    <message>
        <source>but different phones</source>
        <translation>ale různé telefony</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>stejné jméno</translation>
    </message>
    <message>
        <source>similar names ({percent} %)</source>
        <translation>podobná jména ({percent} %)</translation>
    </message>
    <message>
        <source>but different names</source>
        <translation>ale různá jména</translation>
    </message>
    <message>
        <source>same organisation {name}</source>
        <translation>stejná organizace {name}</translation>
    </message>
    <message>
        <source>same birthday {date}</source>
        <translation>stejné narozeniny {date}</translation>
    </message>
    <message>
        <source>but different birthdays {dates}</source>
        <translation>ale různé narozeniny {dates}</translation>
    </message>
    <message>
        <source>same registry number {number}</source>
        <translation>stejné IČO {number}</translation>
    </message>
    <message>
        <source>but different registry numbers {numbers}</source>
        <translation>ale různá IČO {numbers}</translation>
    </message>
    <message>
        <source>but different countries {countries}</source>
        <translation>ale různé země {countries}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Opravte prosím označená pole.</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>Start typing a name</source>
        <translation>Začněte psát jméno</translation>
    </message>
    <message>
        <source>person</source>
        <translation>osoba</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizace</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Change relation</source>
        <translation>Změnit vztah</translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation>Přidat vztah</translation>
    </message>
    <message>
        <source>&amp;Work at an organisation</source>
        <translation>&amp;Působení v organizaci</translation>
    </message>
    <message>
        <source>Tie to a &amp;person</source>
        <translation>&amp;Vztah k osobě</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
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
        <translation>Vymazat</translation>
    </message>
    <message>
        <source>Date not known</source>
        <translation>Datum není známo</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>O&amp;soba:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganizace:</translation>
    </message>
    <message>
        <source>Start typing a name</source>
        <translation>Začněte psát jméno</translation>
    </message>
    <message>
        <source>Pick one or type a new name</source>
        <translation>Vyberte ze seznamu, nebo napište nový název</translation>
    </message>
    <message>
        <source>e.g. spouse, assistant, colleague</source>
        <translation>např. manželka, asistent, kolega</translation>
    </message>
    <message>
        <source>e.g. Partner, Tax advisor</source>
        <translation>např. partner, daňový poradce</translation>
    </message>
    <message>
        <source>“{name}” is not in the address book yet; it will be created.</source>
        <translation>Organizace „{name}“ v adresáři zatím není; bude vytvořena.</translation>
    </message>
    <message>
        <source>No person of that name.</source>
        <translation>Osoba s tímto jménem nebyla nalezena.</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>Vyberte osobu.</translation>
    </message>
    <message>
        <source>Choose or name the organisation.</source>
        <translation>Vyberte organizaci, nebo zadejte její název.</translation>
    </message>
    <message>
        <source>The relation cannot end before it begins.</source>
        <translation>Vztah nemůže skončit dříve, než začal.</translation>
    </message>
    <message>
        <source>Pick the person from the list of names.</source>
        <translation>Vyberte osobu ze seznamu jmen.</translation>
    </message>
</context>
<context>
    <name>RelationsEditor</name>
    <message>
        <source>Relations</source>
        <translation>Vztahy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Období</translation>
    </message>
    <message>
        <source>Add relat&amp;ion…</source>
        <translation>&amp;Přidat vztah…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Změnit…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Odebrat</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Zaměstnání</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Recorded on {name}&apos;s card.</source>
        <translation>Zapsáno na kartě kontaktu {name}.</translation>
    </message>
    <message>
        <source>In the trash.</source>
        <translation>V koši.</translation>
    </message>
    <message>
        <source>Ended.</source>
        <translation>Ukončeno.</translation>
    </message>
    <message>
        <source>No work or personal relations recorded yet.</source>
        <translation>Zatím nejsou zapsány žádné pracovní ani osobní vztahy.</translation>
    </message>
    <message>
        <source>Save the person first, then add relations.</source>
        <translation>Nejprve osobu uložte, potom přidejte vztahy.</translation>
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
        <translation>Změnu přerušila neočekávaná chyba. Podrobnosti najdete v protokolu.</translation>
    </message>
</context>
<context>
    <name>RemindMenu</name>
    <message>
        <source>On a date…</source>
        <translation>V určitý den…</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Zítra</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Za týden</translation>
    </message>
    <message>
        <source>In two weeks</source>
        <translation>Za dva týdny</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>Za %n den</numerusform>
            <numerusform>Za %n dny</numerusform>
            <numerusform>Za %n dní</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (a ještě %n)</numerusform>
            <numerusform> (a ještě %n)</numerusform>
            <numerusform> (a ještě %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>SmallCRM reminder</source>
        <translation>Připomenutí SmallCRM</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Připomenutí</translation>
    </message>
    <message>
        <source>Due reminders</source>
        <translation>Připomenutí na řadě</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otevřít</translation>
    </message>
    <message>
        <source>&amp;Snooze 10 minutes</source>
        <translation>O&amp;dložit o 10 minut</translation>
    </message>
    <message>
        <source>&amp;Dismiss all</source>
        <translation>&amp;Zavřít vše</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>Na řadě je %n připomenutí</numerusform>
            <numerusform>Na řadě jsou %n připomenutí</numerusform>
            <numerusform>Na řadě je %n připomenutí</numerusform>
        </translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Úkol</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Událost</translation>
    </message>
    <message>
        <source>(missed while SmallCRM was closed)</source>
        <translation>(zmeškáno, když byl SmallCRM zavřený)</translation>
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
        <translation>Organizace</translation>
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
        <translation>Úkoly</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Události</translation>
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
        <translation>Výsledky hledání</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Hledání se nezdařilo: {reason}</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ výběr, Enter otevře, Esc zavře</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Pro „{text}“ nebylo nic nalezeno.</translation>
    </message>
</context>
<context>
    <name>StageChart</name>
    <message>
        <source>Matters by stage</source>
        <translation>Spisy podle fází</translation>
    </message>
    <message numerus="yes">
        <source>{stage}: %n open matter(s). Click to list them.</source>
        <translation>
            <numerusform>{stage}: %n otevřený spis. Kliknutím zobrazíte seznam.</numerusform>
            <numerusform>{stage}: %n otevřené spisy. Kliknutím zobrazíte seznam.</numerusform>
            <numerusform>{stage}: %n otevřených spisů. Kliknutím zobrazíte seznam.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <source>%n more in the list view</source>
        <translation>
            <numerusform>další %n v seznamu</numerusform>
            <numerusform>další %n v seznamu</numerusform>
            <numerusform>dalších %n v seznamu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Every day</source>
        <translation>Každý den</translation>
    </message>
    <message>
        <source>Every working day (Mon–Fri)</source>
        <translation>Každý pracovní den (po–pá)</translation>
    </message>
    <message>
        <source>Every week on this weekday</source>
        <translation>Každý týden ve stejný den</translation>
    </message>
    <message>
        <source>Every month on this day</source>
        <translation>Každý měsíc ve stejný den</translation>
    </message>
    <message>
        <source>Last working day of every month</source>
        <translation>Poslední pracovní den každého měsíce</translation>
    </message>
    <message>
        <source>Every year on this date</source>
        <translation>Každý rok ke stejnému datu</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nový úkol</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Upravit úkol</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Co je třeba udělat</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Termín</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Datum termínu</translation>
    </message>
    <message>
        <source>at</source>
        <translation>v</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Čas termínu</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Kdy:</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Vysoká</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normální</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Nízká</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřeno</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
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
        <translation>Kdo úkol vyřídí (nepovinné)</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Řeš&amp;itel:</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Bez připomenutí</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>V čase termínu</translation>
    </message>
    <message>
        <source>Before the due time</source>
        <translation>Před termínem</translation>
    </message>
    <message>
        <source>How long before</source>
        <translation>Jak dlouho předem</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minut</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hodin</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dní</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>Připo&amp;menutí:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Neopakuje se</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)…</source>
        <translation>Vlastní pravidlo (RRULE)…</translation>
    </message>
    <message>
        <source>Repetition rule</source>
        <translation>Pravidlo opakování</translation>
    </message>
    <message>
        <source>R&amp;epeats:</source>
        <translation>&amp;Opakování:</translation>
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
        <translation>Podrobnosti, odkazy, co bylo dohodnuto</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Poznám&amp;ky:</translation>
    </message>
    <message>
        <source>Without a time, the reminder counts from 09:00 of the due day.</source>
        <translation>Bez zadaného času se připomenutí počítá od 9:00 dne termínu.</translation>
    </message>
    <message>
        <source>Type a rule, e.g. FREQ=WEEKLY;INTERVAL=2.</source>
        <translation>Napište pravidlo, např. FREQ=WEEKLY;INTERVAL=2.</translation>
    </message>
    <message>
        <source>A repeating task needs a due date to repeat from.</source>
        <translation>Opakovaný úkol potřebuje termín, od kterého se bude opakovat.</translation>
    </message>
    <message>
        <source>The rule has no day after the due date.</source>
        <translation>Podle pravidla po termínu nenásleduje žádný další den.</translation>
    </message>
    <message>
        <source>Next: {days}</source>
        <translation>Příště: {days}</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Úkol musí mít název.</translation>
    </message>
    <message>
        <source>It could not be saved; see the log.</source>
        <translation>Nepodařilo se uložit; podrobnosti jsou v protokolu.</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Task lists</source>
        <translation>Seznamy úkolů</translation>
    </message>
    <message>
        <source>Type a task above and press Enter.</source>
        <translation>Napište úkol do pole nahoře a stiskněte Enter.</translation>
    </message>
    <message>
        <source>Loading tasks…</source>
        <translation>Načítám úkoly…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Úkoly</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Nový úkol…</translation>
    </message>
    <message>
        <source>A task with every detail: reminder, repetition, people</source>
        <translation>Úkol se všemi podrobnostmi: připomenutí, opakování, osoby</translation>
    </message>
    <message>
        <source>Add a task: “Call Novák tomorrow 14:00 !high #2026/0042”, then Enter</source>
        <translation>Přidat úkol: „Zavolat Novákovi zítra 14:00 !high #2026/0042“, pak Enter</translation>
    </message>
    <message>
        <source>Quick add</source>
        <translation>Rychlé přidání</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Úkol</translation>
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
        <translation>Po termínu</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadcházející</translation>
    </message>
    <message>
        <source>By matter</source>
        <translation>Podle spisu</translation>
    </message>
    <message>
        <source>The tasks could not be loaded.</source>
        <translation>Úkoly se nepodařilo načíst.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Na dnes nic není</translation>
    </message>
    <message>
        <source>Tasks due today will be listed here.</source>
        <translation>Zde se zobrazí úkoly s termínem na dnes.</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nic po termínu</translation>
    </message>
    <message>
        <source>Every task is on time. Tasks past their due day show here, in red.</source>
        <translation>Všechny úkoly jsou v termínu. Úkoly po termínu se zobrazí zde, červeně.</translation>
    </message>
    <message>
        <source>Nothing coming up</source>
        <translation>Žádné nadcházející úkoly</translation>
    </message>
    <message>
        <source>Tasks due after today will be listed here.</source>
        <translation>Zde se zobrazí úkoly s termínem po dnešku.</translation>
    </message>
    <message>
        <source>No open tasks</source>
        <translation>Žádné otevřené úkoly</translation>
    </message>
    <message>
        <source>Open tasks will be listed here, grouped by the matter they belong to.</source>
        <translation>Zde se zobrazí otevřené úkoly, seskupené podle spisů, ke kterým patří.</translation>
    </message>
    <message>
        <source>Nothing done yet</source>
        <translation>Zatím nic hotového</translation>
    </message>
    <message>
        <source>Tasks you mark done are listed here and filed on the timeline.</source>
        <translation>Úkoly, které označíte jako hotové, se zobrazí zde a zapíší se na časovou osu.</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Bez spisu</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n úkol</numerusform>
            <numerusform>%n úkoly</numerusform>
            <numerusform>%n úkolů</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the matter</source>
        <translation>Dvojklikem otevřete spis</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Zítra</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Včera</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Znovu otevřít</translation>
    </message>
    <message>
        <source>Mark done (Space)</source>
        <translation>Označit jako hotové (mezerník)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřeno</translation>
    </message>
    <message>
        <source>Assignee: {name}</source>
        <translation>Řešitel: {name}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Repeats: {rule}</source>
        <translation>Opakování: {rule}</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Vysoká</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Nízká</translation>
    </message>
    <message>
        <source>Ctrl+PgUp / Ctrl+PgDown to switch lists</source>
        <translation>Ctrl+PgUp / Ctrl+PgDown přepíná seznamy</translation>
    </message>
    <message>
        <source>Understood: today, tomorrow, weekdays, 15.3., 14:00, !high, !low, #matter number, @name</source>
        <translation>Rozumím: dnes, zítra, dny v týdnu (anglicky), 15.3., 14:00, !high, !low, #číslo spisu, @jméno</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(zatím bez názvu)</translation>
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
        <translation>Nízká priorita</translation>
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
        <translation>Enter přidá: {task}</translation>
    </message>
    <message>
        <source>Type what is to be done first.</source>
        <translation>Nejdřív napište, co je třeba udělat.</translation>
    </message>
    <message>
        <source>Added “{title}”.</source>
        <translation>Přidáno: „{title}“.</translation>
    </message>
    <message>
        <source>Marked “{title}” done.</source>
        <translation>Úkol „{title}“ označen jako hotový.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n task(s) done.</source>
        <translation>
            <numerusform>%n úkol označen jako hotový.</numerusform>
            <numerusform>%n úkoly označeny jako hotové.</numerusform>
            <numerusform>%n úkolů označeno jako hotové.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next one is on the list.</source>
        <translation>Další opakování už je v seznamu.</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n task(s).</source>
        <translation>
            <numerusform>%n úkol znovu otevřen.</numerusform>
            <numerusform>%n úkoly znovu otevřeny.</numerusform>
            <numerusform>%n úkolů znovu otevřeno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n task(s) to the trash.</source>
        <translation>
            <numerusform>%n úkol přesunut do koše.</numerusform>
            <numerusform>%n úkoly přesunuty do koše.</numerusform>
            <numerusform>%n úkolů přesunuto do koše.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task was removed again.</source>
        <translation>Úkol byl opět odebrán.</translation>
    </message>
    <message>
        <source>Open again; taken off the timeline.</source>
        <translation>Znovu otevřeno; odebráno z časové osy.</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Obnoveno z koše.</translation>
    </message>
    <message>
        <source>Open the matter</source>
        <translation>Otevřít spis</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upravit…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Označit jako &amp;hotové</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Znovu otevřít</translation>
    </message>
    <message>
        <source>Open matter {number}</source>
        <translation>Otevřít spis {number}</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Otevřít {name}</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Přesunout do &amp;koše</translation>
    </message>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>To se nepovedlo; podrobnosti jsou v protokolu.</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>To se nepovedlo: {reason}</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Incoming call</source>
        <translation>Příchozí hovor</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Odchozí hovor</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Příchozí</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Odchozí</translation>
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
        <translation>Schůzka</translation>
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
        <translation>Hotový úkol</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Změna fáze</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Časová osa</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Zatím žádná aktivita</translation>
    </message>
    <message>
        <source>Log a call or add a note, and it appears here, newest first.</source>
        <translation>Zaznamenejte hovor nebo přidejte poznámku a objeví se zde, nejnovější nahoře.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Hovor</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Zaznamenat hovor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Přidat poznámku</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Schůzka</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Zaznamenat schůzku</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Připomenout</translation>
    </message>
    <message>
        <source>Remind me to follow up in a few days</source>
        <translation>Připomenout se za několik dní</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>Show one kind of activity</source>
        <translation>Zobrazit jen jeden druh aktivity</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Všechny aktivity</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Hovory</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Schůzky</translation>
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
        <translation>Hotové úkoly</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Změny fáze</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nic není vybráno</translation>
    </message>
    <message>
        <source>Nothing of this kind</source>
        <translation>Nic tohoto druhu</translation>
    </message>
    <message>
        <source>Choose “All activity” to see everything.</source>
        <translation>Vše uvidíte volbou „Všechny aktivity“.</translation>
    </message>
    <message>
        <source>Could not load the timeline.</source>
        <translation>Časovou osu se nepodařilo načíst.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upravit…</translation>
    </message>
    <message>
        <source>Move to the &amp;trash</source>
        <translation>Přesunout do &amp;koše</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Akce se nezdařila: {reason}</translation>
    </message>
    <message>
        <source>Moved to the trash.</source>
        <translation>Přesunuto do koše.</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Obnoveno z koše.</translation>
    </message>
    <message>
        <source>Follow up: {name}</source>
        <translation>Ozvat se: {name}</translation>
    </message>
    <message>
        <source>I will remind you on {date}.</source>
        <translation>Připomenu vám to {date}.</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Take the change back (Ctrl+Z)</source>
        <translation>Vrátit změnu zpět (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>_CardDelegate</name>
    <message>
        <source>No client yet</source>
        <translation>Zatím bez klienta</translation>
    </message>
</context>
<context>
    <name>_CardList</name>
    <message>
        <source>No matters in this stage. Drop a card here to move it.</source>
        <translation>V této fázi nejsou žádné spisy. Přetáhněte sem kartu, chcete-li ji přesunout.</translation>
    </message>
</context>
<context>
    <name>_LabelCombo</name>
    <message>
        <source>work</source>
        <translation>práce</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domů</translation>
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
        <source>Label</source>
        <translation>Označení</translation>
    </message>
</context>
<context>
    <name>_Notice</name>
    <message>
        <source>Undo</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
</context>
<context>
    <name>_OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation>nezadáno</translation>
    </message>
</context>
<context>
    <name>_PersonPicker</name>
    <message>
        <source>Type a name to add a person</source>
        <translation>Napište jméno a přidejte osobu</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Přidat osobu</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Ulice a číslo</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulice</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Město</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>jmeno@example.com</translation>
    </message>
    <message>
        <source>+420 602 123 456</source>
        <translation>+420 602 123 456</translation>
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
        <translation>Web</translation>
    </message>
</context>
</TS>
