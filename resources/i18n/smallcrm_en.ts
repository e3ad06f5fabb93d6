<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message numerus="yes">
        <source>Connected: %n folder(s) on the server.</source>
        <translation>
            <numerusform>Connected: %n folder on the server.</numerusform>
            <numerusform>Connected: %n folders on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarConflictsDialog</name>
    <message numerus="yes">
        <source>%n event(s) wait for your decision.</source>
        <translation>
            <numerusform>%n event waits for your decision.</numerusform>
            <numerusform>%n events wait for your decision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <source>%n record(s) could not be imported:</source>
        <translation>
            <numerusform>%n record could not be imported:</numerusform>
            <numerusform>%n records could not be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n event to {file}.</numerusform>
            <numerusform>Exported %n events to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n to the trash</source>
        <translation>
            <numerusform>Moved %n contact to the trash</numerusform>
            <numerusform>Moved %n contacts to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n from the trash</source>
        <translation>
            <numerusform>Restored %n contact from the trash</numerusform>
            <numerusform>Restored %n contacts from the trash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Adding %n file…</numerusform>
            <numerusform>Adding %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s).</source>
        <translation>
            <numerusform>Added %n document.</numerusform>
            <numerusform>Added %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them has the same content as a stored document.</source>
        <translation>
            <numerusform>%n of them has the same content as a stored document.</numerusform>
            <numerusform>%n of them have the same content as stored documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n document(s) to the trash.</source>
        <translation>
            <numerusform>Moved %n document to the trash.</numerusform>
            <numerusform>Moved %n documents to the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n document(s) from the trash.</source>
        <translation>
            <numerusform>Restored %n document from the trash.</numerusform>
            <numerusform>Restored %n documents from the trash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) that may be the same person or organisation, best first.</source>
        <translation>
            <numerusform>%n pair that may be the same person or organisation, best first.</numerusform>
            <numerusform>%n pairs that may be the same person or organisation, best first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them marked as not duplicates.</source>
        <translation>
            <numerusform>%n of them is marked as not duplicates.</numerusform>
            <numerusform>%n of them are marked as not duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeAccountDialog</name>
    <message numerus="yes">
        <source>Connected: %n mail folder(s) on the server.</source>
        <translation>
            <numerusform>Connected: %n mail folder on the server.</numerusform>
            <numerusform>Connected: %n mail folders on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Every %n week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n days ago</source>
        <translation>
            <numerusform>Last contact %n day ago</numerusform>
            <numerusform>Last contact %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n weeks ago</source>
        <translation>
            <numerusform>Last contact %n week ago</numerusform>
            <numerusform>Last contact %n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n months ago</source>
        <translation>
            <numerusform>Last contact %n month ago</numerusform>
            <numerusform>Last contact %n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stay in touch every %n weeks</source>
        <translation>
            <numerusform>Stay in touch every %n week</numerusform>
            <numerusform>Stay in touch every %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailAccountsDialog</name>
    <message numerus="yes">
        <source>%n message(s) stored</source>
        <translation>
            <numerusform>%n message stored</numerusform>
            <numerusform>%n messages stored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailSync</name>
    <message numerus="yes">
        <source>%n calendar conflict(s)</source>
        <translation>
            <numerusform>%n calendar conflict</numerusform>
            <numerusform>%n calendar conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar change(s) wait for your decision</source>
        <translation>
            <numerusform>%n calendar change waits for your decision</numerusform>
            <numerusform>%n calendar changes wait for your decision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailView</name>
    <message numerus="yes">
        <source>Filed as %n document(s).</source>
        <translation>
            <numerusform>Filed as %n document.</numerusform>
            <numerusform>Filed as %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatterTexts</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MattersView</name>
    <message numerus="yes">
        <source>%Ln matters</source>
        <translation>
            <numerusform>%Ln matter</numerusform>
            <numerusform>%Ln matters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filed %n message(s) on the matter.</source>
        <translation>
            <numerusform>Filed %n message on the matter.</numerusform>
            <numerusform>Filed %n messages on the matter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n matter(s) to the trash</source>
        <translation>
            <numerusform>Moved %n matter to the trash</numerusform>
            <numerusform>Moved %n matters to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n matter(s) from the trash</source>
        <translation>
            <numerusform>Restored %n matter from the trash</numerusform>
            <numerusform>Restored %n matters from the trash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationView</name>
    <message numerus="yes">
        <source>People (%n)</source>
        <translation>
            <numerusform>People (%n)</numerusform>
            <numerusform>People (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindMenu</name>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageChart</name>
    <message numerus="yes">
        <source>{stage}: %n open matter(s). Click to list them.</source>
        <translation>
            <numerusform>{stage}: %n open matter. Click to list it.</numerusform>
            <numerusform>{stage}: %n open matters. Click to list them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <source>%n more in the list view</source>
        <translation>
            <numerusform>%n more in the list view</numerusform>
            <numerusform>%n more in the list view</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n task(s) done.</source>
        <translation>
            <numerusform>Marked %n task done.</numerusform>
            <numerusform>Marked %n tasks done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n task(s).</source>
        <translation>
            <numerusform>Reopened %n task.</numerusform>
            <numerusform>Reopened %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n task(s) to the trash.</source>
        <translation>
            <numerusform>Moved %n task to the trash.</numerusform>
            <numerusform>Moved %n tasks to the trash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
</TS>
