<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SmallCRM</source>
        <translation>Про SmallCRM</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Версія {version}</translation>
    </message>
    <message>
        <source>Offline-first contacts, matters and mail for small law and accounting firms.</source>
        <translation>Контакти, справи й пошта навіть без інтернету – для невеликих юридичних і бухгалтерських фірм.</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Тека профілю</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Створено за допомогою</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Введіть пароль, щоб перевірити з’єднання.</translation>
    </message>
    <message>
        <source>New Mail Account</source>
        <translation>Новий поштовий обліковий запис</translation>
    </message>
    <message>
        <source>Mail Account</source>
        <translation>Поштовий обліковий запис</translation>
    </message>
    <message>
        <source>e.g. Office mail</source>
        <translation>напр. Офісна пошта</translation>
    </message>
    <message>
        <source>e.g. imap.example.cz</source>
        <translation>напр. imap.example.ua</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (рекомендовано)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Немає (без шифрування)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>Without encryption the password and every message cross the network as plain text: anyone on the way can read them. Use this only for a server on this computer or a network you trust.</source>
        <translation>Без шифрування пароль і кожен лист передаються мережею відкритим текстом: будь-хто на шляху може їх прочитати. Використовуйте це лише для сервера на цьому комп’ютері або в мережі, якій ви довіряєте.</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Шифрування:</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>зазвичай ваша адреса ел. пошти</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Ім’я користувача:</translation>
    </message>
    <message>
        <source>“{name}” is an Exchange account: it opens in the Exchange form.</source>
        <translation>«{name}» — обліковий запис Exchange: він відкривається у формі для Exchange.</translation>
    </message>
    <message>
        <source>Fill in the server and the user name first.</source>
        <translation>Спершу вкажіть сервер та ім’я користувача.</translation>
    </message>
    <message>
        <source>Confirm the unencrypted connection above, or choose TLS.</source>
        <translation>Підтвердьте вище з’єднання без шифрування або виберіть TLS.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n folder(s) on the server.</source>
        <translation>
            <numerusform>Підключено: на сервері %n тека.</numerusform>
            <numerusform>Підключено: на сервері %n теки.</numerusform>
            <numerusform>Підключено: на сервері %n тек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm that this account may connect without encryption, or choose TLS.</source>
        <translation>Підтвердьте, що цей обліковий запис може підключатися без шифрування, або виберіть TLS.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Записати дзвінок</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Записати зустріч</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <source>Edit call</source>
        <translation>Редагувати дзвінок</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Редагувати зустріч</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Редагувати нотатку</translation>
    </message>
    <message>
        <source>&amp;Outgoing</source>
        <translation>&amp;Вихідний</translation>
    </message>
    <message>
        <source>&amp;Incoming</source>
        <translation>В&amp;хідний</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Напрямок:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необов’язково</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Нотатка:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Коли:</translation>
    </message>
    <message>
        <source>minutes, e.g. 15 or 1:30</source>
        <translation>хвилини, напр. 15 або 1:30</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Тривалість:</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Додзвонилися</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Залишено голосове повідомлення</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Немає відповіді</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Зайнято</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Передзвонити пізніше</translation>
    </message>
    <message>
        <source>Pick one or type</source>
        <translation>Виберіть або введіть</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>Про що йшлося</translation>
    </message>
    <message>
        <source>e.g. Signing the lease</source>
        <translation>напр. Підписання договору оренди</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Без справи</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Справа:</translation>
    </message>
    <message>
        <source>Wit&amp;h:</source>
        <translation>З &amp;ким:</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Тривалість не може бути від’ємною.</translation>
    </message>
    <message>
        <source>Enter the minutes as a number, e.g. 15 or 1:30.</source>
        <translation>Введіть хвилини числом, напр. 15 або 1:30.</translation>
    </message>
    <message>
        <source>That is longer than a week; enter the minutes.</source>
        <translation>Це довше за тиждень; введіть хвилини.</translation>
    </message>
    <message>
        <source>Keep it under {count} characters; the rest belongs in the notes.</source>
        <translation>Не більше {count} символів; решта — у нотатки.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Спершу напишіть нотатку.</translation>
    </message>
    <message>
        <source>This is in the future.</source>
        <translation>Це в майбутньому.</translation>
    </message>
    <message>
        <source>It could not be saved; see the log.</source>
        <translation>Не вдалося зберегти; подробиці в журналі.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>SmallCRM could not open its profile folder or database:</source>
        <translation>SmallCRM не вдалося відкрити теку профілю або базу даних:</translation>
    </message>
    <message>
        <source>SmallCRM closed unexpectedly last time; the report is in %1.</source>
        <translation>Минулого разу SmallCRM несподівано завершив роботу; звіт збережено в %1.</translation>
    </message>
</context>
<context>
    <name>CalendarConflictsDialog</name>
    <message>
        <source>Calendar Conflicts</source>
        <translation>Конфлікти календаря</translation>
    </message>
    <message>
        <source>Calendar changes waiting for you</source>
        <translation>Зміни в календарі чекають на ваше рішення</translation>
    </message>
    <message>
        <source>These events were changed both on this computer and in Exchange, or deleted on one side only. Choose what stays; the next sync takes your choice to Exchange.</source>
        <translation>Ці події змінено і на цьому комп’ютері, і в Exchange, або видалено лише з одного боку. Виберіть, що залишиться; наступна синхронізація передасть ваш вибір до Exchange.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>The list could not be read; see the log.</source>
        <translation>Не вдалося прочитати список; подробиці в журналі.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) wait for your decision.</source>
        <translation>
            <numerusform>%n подія чекає на ваше рішення.</numerusform>
            <numerusform>%n події чекають на ваше рішення.</numerusform>
            <numerusform>%n подій чекають на ваше рішення.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for your decision.</source>
        <translation>Ніщо не чекає на ваше рішення.</translation>
    </message>
    <message>
        <source>Deleted in Exchange</source>
        <translation>Видалено в Exchange</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Видалено тут</translation>
    </message>
    <message>
        <source>Changed here and in Exchange</source>
        <translation>Змінено тут і в Exchange</translation>
    </message>
    <message>
        <source>Changed here and in Exchange: {fields}</source>
        <translation>Змінено тут і в Exchange: {fields}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>нотатки</translation>
    </message>
    <message>
        <source>location</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <source>start</source>
        <translation>початок</translation>
    </message>
    <message>
        <source>end</source>
        <translation>кінець</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>часовий пояс</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>повторення</translation>
    </message>
    <message>
        <source>skipped dates</source>
        <translation>пропущені дати</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>нагадування</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>учасники</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повторення</translation>
    </message>
    <message>
        <source>Skipped dates</source>
        <translation>Пропущені дати</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Під питанням</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторюється</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>Delete here too</source>
        <translation>Видалити й тут</translation>
    </message>
    <message>
        <source>Delete in Exchange too</source>
        <translation>Видалити й в Exchange</translation>
    </message>
    <message>
        <source>Restore here</source>
        <translation>Відновити тут</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s version</source>
        <translation>Залишити версію з цього комп’ютера</translation>
    </message>
    <message>
        <source>Take Exchange&apos;s version</source>
        <translation>Прийняти версію з Exchange</translation>
    </message>
    <message>
        <source>Exchange calendar “{account}”</source>
        <translation>Календар Exchange «{account}»</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(видалено)</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Цей комп’ютер:</translation>
    </message>
    <message>
        <source>Exchange:</source>
        <translation>Exchange:</translation>
    </message>
    <message>
        <source>If you delete it, later deletions cross over without asking.</source>
        <translation>Якщо ви її видалите, подальші видалення передаватимуться без запитання.</translation>
    </message>
    <message>
        <source>From then on, an event deleted on one side is deleted on the other.</source>
        <translation>Відтоді подія, видалена з одного боку, видалятиметься й з іншого.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>That could not be saved; see the log.</source>
        <translation>Не вдалося зберегти; подробиці в журналі.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сьогодні</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Попередній період (Page Up)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Попередній період</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Наступний період (Page Down)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Наступний період</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>Д&amp;ень</translation>
    </message>
    <message>
        <source>W&amp;ork week</source>
        <translation>Робочий т&amp;иждень</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Тиждень</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Місяць</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Ро&amp;зклад</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>Нова &amp;подія</translation>
    </message>
    <message>
        <source>New event (Ctrl+N)</source>
        <translation>Нова подія (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Імпортувати…</translation>
    </message>
    <message>
        <source>Import events and tasks from .ics files</source>
        <translation>Імпортувати події та завдання з файлів .ics</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Експ&amp;ортувати…</translation>
    </message>
    <message>
        <source>Export the calendar and tasks to an .ics file</source>
        <translation>Експортувати календар і завдання до файлу .ics</translation>
    </message>
    <message>
        <source>“{title}” moved.</source>
        <translation>Подію «{title}» перенесено.</translation>
    </message>
    <message>
        <source>“{title}” deleted.</source>
        <translation>Подію «{title}» видалено.</translation>
    </message>
    <message>
        <source>Import calendar files</source>
        <translation>Імпортувати файли календаря</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb *.vcs);;All files (*)</source>
        <translation>Файли iCalendar (*.ics *.ical *.ifb *.vcs);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Events: {added} added, {updated} updated, {cancelled} cancelled.
Tasks: {tasks_added} added, {tasks_updated} updated.</source>
        <translation>Події — додано: {added}, оновлено: {updated}, скасовано: {cancelled}.
Завдання — додано: {tasks_added}, оновлено: {tasks_updated}.</translation>
    </message>
    <message>
        <source>Calendar import</source>
        <translation>Імпорт календаря</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be imported:</source>
        <translation>
            <numerusform>Не вдалося імпортувати %n запис:</numerusform>
            <numerusform>Не вдалося імпортувати %n записи:</numerusform>
            <numerusform>Не вдалося імпортувати %n записів:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Експортувати календар</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to {file}.</source>
        <translation>
            <numerusform>До файлу {file} експортовано %n подію.</numerusform>
            <numerusform>До файлу {file} експортовано %n події.</numerusform>
            <numerusform>До файлу {file} експортовано %n подій.</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Не вдалося: {reason}</translation>
    </message>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>Не вдалося; подробиці в журналі.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>W{number}</source>
        <translation>тиж. {number}</translation>
    </message>
    <message>
        <source>all-day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без назви)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>ще %n</numerusform>
            <numerusform>ще %n</numerusform>
            <numerusform>ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Немає подій</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Під питанням</translation>
    </message>
</context>
<context>
    <name>ConflictCheckDialog</name>
    <message>
        <source>Conflict check: {matter}</source>
        <translation>Перевірка конфлікту інтересів: {matter}</translation>
    </message>
    <message>
        <source>Saved conflict check: {matter}</source>
        <translation>Збережена перевірка конфлікту інтересів: {matter}</translation>
    </message>
    <message>
        <source>Parties to check (a name, and a registry ID or e-mail if you have them):</source>
        <translation>Сторони для перевірки (ім&apos;я або назва, а також реєстраційний номер чи e-mail, якщо відомі):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я / назва</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>Реєстраційний номер</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Add a &amp;name</source>
        <translation>Додати &amp;ім&apos;я</translation>
    </message>
    <message>
        <source>Re&amp;move name</source>
        <translation>Ви&amp;далити ім&apos;я</translation>
    </message>
    <message>
        <source>&amp;Run the check</source>
        <translation>&amp;Перевірити</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Знайдено</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Збіги</translation>
    </message>
    <message>
        <source>&amp;Clear: no conflict</source>
        <translation>&amp;Конфлікту немає</translation>
    </message>
    <message>
        <source>&amp;Waive, with a reason</source>
        <translation>&amp;Дозволити, з обґрунтуванням</translation>
    </message>
    <message>
        <source>&amp;Decline the matter</source>
        <translation>&amp;Відмовитися від справи</translation>
    </message>
    <message>
        <source>Reason (needed to waive): e.g. both clients consented in writing</source>
        <translation>Обґрунтування (потрібне для дозволу): напр. обидва клієнти письмово погодилися</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Зберегти як &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Save the decision</source>
        <translation>&amp;Зберегти рішення</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Enter at least one name, registry ID or e-mail.</source>
        <translation>Введіть принаймні одне ім&apos;я, реєстраційний номер або e-mail.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Перевіряю…</translation>
    </message>
    <message>
        <source>Run the check to search every contact, organisation, matter party and e-mail correspondent.</source>
        <translation>Запустіть перевірку: вона охопить усі контакти, організації, сторони справ і кореспондентів e-mail.</translation>
    </message>
    <message>
        <source>No hits: nobody known resembles these parties.</source>
        <translation>Збігів немає: ніхто з відомих не схожий на ці сторони.</translation>
    </message>
    <message>
        <source>{count} hits, the most likely first. Review each before deciding.</source>
        <translation>Збігів: {count}, найімовірніші спочатку. Перегляньте кожен перед рішенням.</translation>
    </message>
    <message>
        <source>Checked: {name}</source>
        <translation>Шукали: {name}</translation>
    </message>
    <message>
        <source>Saved by {user} on {when}; a saved check cannot be changed.</source>
        <translation>Зберіг(ла) {user} {when}; збережену перевірку змінити не можна.</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ще не збережено</translation>
    </message>
    <message>
        <source>Save the conflict check as PDF</source>
        <translation>Зберегти перевірку конфлікту інтересів як PDF</translation>
    </message>
    <message>
        <source>conflict-check.pdf</source>
        <translation>perevirka-konfliktu.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}</source>
        <translation>Не вдалося записати PDF: {error}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Збережено {file}.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the check. The details are in the log.</source>
        <translation>Неочікувана помилка зупинила перевірку. Подробиці в журналі.</translation>
    </message>
</context>
<context>
    <name>ConflictTab</name>
    <message>
        <source>Checked</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Збіги</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <source>Saved conflict checks</source>
        <translation>Збережені перевірки конфлікту інтересів</translation>
    </message>
    <message>
        <source>Run a &amp;conflict check…</source>
        <translation>Перевірити &amp;конфлікт інтересів…</translation>
    </message>
    <message>
        <source>&amp;Open saved check</source>
        <translation>&amp;Відкрити збережену перевірку</translation>
    </message>
    <message>
        <source>Last check: {decision}, {when}, by {user}.</source>
        <translation>Остання перевірка: {decision}, {when}, виконав(ла) {user}.</translation>
    </message>
    <message>
        <source>No conflict check has been saved for this matter.</source>
        <translation>Для цієї справи ще не збережено жодної перевірки конфлікту інтересів.</translation>
    </message>
</context>
<context>
    <name>ConflictTexts</name>
    <message>
        <source>Clear: no conflict</source>
        <translation>Конфлікту немає</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Дозволено</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Відмовлено</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>E-mail correspondent</source>
        <translation>Кореспондент e-mail</translation>
    </message>
    <message>
        <source>in no matter</source>
        <translation>у жодній справі</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкрита</translation>
    </message>
    <message>
        <source>same name, different word order</source>
        <translation>те саме ім&apos;я, інший порядок слів</translation>
    </message>
    <message>
        <source>same name, one gives only an initial</source>
        <translation>те саме ім&apos;я, в одному лише ініціал</translation>
    </message>
    <message>
        <source>same name in Cyrillic and Latin</source>
        <translation>те саме ім&apos;я кирилицею і латиницею</translation>
    </message>
    <message>
        <source>same name in another spelling</source>
        <translation>те саме ім&apos;я в іншому написанні</translation>
    </message>
    <message>
        <source>similar name with different endings (e.g. male and female)</source>
        <translation>схоже ім&apos;я з іншими закінченнями (напр. чоловіча й жіноча форма)</translation>
    </message>
    <message>
        <source>same registry ID ({a})</source>
        <translation>той самий реєстраційний номер ({a})</translation>
    </message>
    <message>
        <source>same e-mail ({a})</source>
        <translation>той самий e-mail ({a})</translation>
    </message>
    <message>
        <source>similar spelling ({a} %)</source>
        <translation>схоже написання ({a} %)</translation>
    </message>
    <message>
        <source>partly the same name ({a} of {b} words)</source>
        <translation>частково те саме ім&apos;я ({a} з {b} слів)</translation>
    </message>
    <message>
        <source>one name is part of the other</source>
        <translation>одне ім&apos;я є частиною іншого</translation>
    </message>
    <message>
        <source>one has an extra word</source>
        <translation>в одному зайве слово</translation>
    </message>
    <message>
        <source>one has extra words</source>
        <translation>в одному зайві слова</translation>
    </message>
    <message>
        <source>typed with mixed Cyrillic and Latin letters</source>
        <translation>написано сумішшю кирилиці й латиниці</translation>
    </message>
    <message>
        <source>different generation ({a} / {b})</source>
        <translation>інше покоління ({a} / {b})</translation>
    </message>
    <message>
        <source>different legal form ({a} / {b})</source>
        <translation>інша організаційно-правова форма ({a} / {b})</translation>
    </message>
    <message>
        <source>without the legal form</source>
        <translation>без організаційно-правової форми</translation>
    </message>
    <message>
        <source>but different registry IDs</source>
        <translation>але різні реєстраційні номери</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>те саме ім&apos;я</translation>
    </message>
    <message>
        <source>Conflict check</source>
        <translation>Перевірка конфлікту інтересів</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Перевірив(ла)</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Час перевірки</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <source>Parties checked</source>
        <translation>Перевірені сторони</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я / назва</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>Реєстраційний номер</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Збіги</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>Збігів немає.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Знайдено</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагувати</translation>
    </message>
    <message>
        <source>Edit this contact (F2)</source>
        <translation>Редагувати цей контакт (F2)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Show the organisation with its people</source>
        <translation>Показати організацію та пов’язаних із нею осіб</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>Move to the trash (Delete)</source>
        <translation>Перемістити до кошика (Delete)</translation>
    </message>
    <message>
        <source>&amp;Relations…</source>
        <translation>&amp;Зв’язки…</translation>
    </message>
    <message>
        <source>Jobs past and present, and ties to other people</source>
        <translation>Поточні й попередні місця роботи та зв’язки з іншими людьми</translation>
    </message>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Виберіть контакт, щоб переглянути подробиці.</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашній</translation>
    </message>
    <message>
        <source>work</source>
        <translation>робочий</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобільний</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>Реєстраційний номер</translation>
    </message>
    <message>
        <source>Tax no.</source>
        <translation>Податковий номер</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n особа</numerusform>
            <numerusform>%n особи</numerusform>
            <numerusform>%n осіб</numerusform>
        </translation>
    </message>
    <message>
        <source>{role}, {organisation}</source>
        <translation>{role}, {organisation}</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Реквізити</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>No e-mail, phone or address recorded yet.</source>
        <translation>Ще не вказано ні ел. пошти, ні телефону, ні адреси.</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Справи</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Пошта</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter — зберегти, Esc — скасувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>e.g. JUDr., Ing.</source>
        <translation>напр. JUDr., Ing.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Зва&amp;ння:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>По &amp;батькові:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Прізвище:</translation>
    </message>
    <message>
        <source>e.g. Ph.D.</source>
        <translation>напр. Ph.D.</translation>
    </message>
    <message>
        <source>Su&amp;ffix:</source>
        <translation>Звання піс&amp;ля імені:</translation>
    </message>
    <message>
        <source>Made from the name if left empty</source>
        <translation>Якщо залишити порожнім, буде складено з імені</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Відобра&amp;жуване ім’я:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Робота</translation>
    </message>
    <message>
        <source>Pick one or type a new name</source>
        <translation>Виберіть зі списку або введіть нову назву</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Організація:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>По&amp;сада:</translation>
    </message>
    <message>
        <source>Dep&amp;artment:</source>
        <translation>Від&amp;діл:</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>&amp;Year unknown</source>
        <translation>Рік невідоми&amp;й</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>No birthday</source>
        <translation>Прибрати дату народження</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>День на&amp;родження:</translation>
    </message>
    <message>
        <source>Birth number, PESEL, OIB</source>
        <translation>Rodné číslo, PESEL, OIB</translation>
    </message>
    <message>
        <source>Pe&amp;rsonal number:</source>
        <translation>Ідент&amp;ифікаційний номер:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Правова форма:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>К&amp;раїна:</translation>
    </message>
    <message>
        <source>IČO, REGON, OIB, EDRPOU</source>
        <translation>IČO, REGON, OIB, EDRPOU</translation>
    </message>
    <message>
        <source>&amp;Registry no.:</source>
        <translation>Реє&amp;страційний номер:</translation>
    </message>
    <message>
        <source>DIČ, NIP, IČ DPH</source>
        <translation>DIČ, NIP, IČ DPH</translation>
    </message>
    <message>
        <source>&amp;Tax no.:</source>
        <translation>По&amp;датковий номер:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контактні дані</translation>
    </message>
    <message>
        <source>Add e-&amp;mail</source>
        <translation>Додати ел. по&amp;шту</translation>
    </message>
    <message>
        <source>Add p&amp;hone</source>
        <translation>Додати &amp;телефон</translation>
    </message>
    <message>
        <source>Add addr&amp;ess</source>
        <translation>Додати &amp;адресу</translation>
    </message>
    <message>
        <source>Add &amp;web link</source>
        <translation>Додати &amp;вебсайт</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Ел. пошта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation>Вебсайт:</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. client, VIP</source>
        <translation>Через кому, напр. клієнт, VIP</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Мітки:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Нотат&amp;ки:</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Чехія</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словаччина</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польща</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Хорватія</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Австрія</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Німеччина</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Угорщина</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Словенія</translation>
    </message>
    <message>
        <source>Enter a name (or at least an e-mail or a phone).</source>
        <translation>Введіть ім’я (або принаймні ел. пошту чи телефон).</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Введіть назву організації.</translation>
    </message>
    <message>
        <source>An IČO has 8 digits.</source>
        <translation>IČO має 8 цифр.</translation>
    </message>
    <message>
        <source>This number is not valid: its check digit is wrong.</source>
        <translation>Цей номер недійсний: неправильна контрольна цифра.</translation>
    </message>
    <message>
        <source>This number is not valid: it has the wrong number of digits.</source>
        <translation>Цей номер недійсний: неправильна кількість цифр.</translation>
    </message>
    <message>
        <source>This number has characters that do not belong there.</source>
        <translation>Цей номер містить недопустимі символи.</translation>
    </message>
    <message>
        <source>This number is not valid.</source>
        <translation>Цей номер недійсний.</translation>
    </message>
    <message>
        <source>This e-mail address is not complete (name@domain.tld).</source>
        <translation>Ця адреса ел. пошти неповна (name@domain.ua).</translation>
    </message>
    <message>
        <source>Not a number we can read; it is kept as typed.</source>
        <translation>Не вдалося розпізнати номер; його буде збережено так, як введено.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Виправте позначені поля.</translation>
    </message>
    <message>
        <source>The contact could not be saved; see the log.</source>
        <translation>Не вдалося зберегти контакт; подробиці в журналі.</translation>
    </message>
</context>
<context>
    <name>ContactFormDialog</name>
    <message>
        <source>New person</source>
        <translation>Нова особа</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Нова організація</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Редагування: {name}</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Контактів ще немає</translation>
    </message>
    <message>
        <source>No contacts yet. Import a vCard or CSV file, or add a contact.</source>
        <translation>Контактів ще немає. Імпортуйте файл vCard або CSV чи додайте контакт.</translation>
    </message>
    <message>
        <source>No matching contacts</source>
        <translation>Немає відповідних контактів</translation>
    </message>
    <message>
        <source>Try a shorter or different name.</source>
        <translation>Спробуйте коротше або інше ім’я.</translation>
    </message>
    <message>
        <source>Loading contacts…</source>
        <translation>Завантаження контактів…</translation>
    </message>
    <message>
        <source>Filter by name, e-mail, phone, city</source>
        <translation>Фільтр за ім’ям, ел. поштою, телефоном, містом</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фільтр</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Show people, organisations or both</source>
        <translation>Показати осіб, організації або всіх</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>Особи й організації</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Організації</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Show only contacts with this tag</source>
        <translation>Показати лише контакти з цією міткою</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N) or an organisation</source>
        <translation>Додати особу (Ctrl+N) або організацію</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Нова &amp;особа…</translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation>Нова о&amp;рганізація…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Усі мітки</translation>
    </message>
    <message>
        <source>Could not load the contacts.</source>
        <translation>Не вдалося завантажити контакти.</translation>
    </message>
    <message>
        <source>{shown} of {total} contacts</source>
        <translation>{shown} з {total} контактів</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакти</numerusform>
            <numerusform>%Ln контактів</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Не вдалося: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n to the trash</source>
        <translation>
            <numerusform>До кошика переміщено %n контакт</numerusform>
            <numerusform>До кошика переміщено %n контакти</numerusform>
            <numerusform>До кошика переміщено %n контактів</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations of {name}</source>
        <translation>Зв’язки: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n from the trash</source>
        <translation>
            <numerusform>З кошика відновлено %n контакт</numerusform>
            <numerusform>З кошика відновлено %n контакти</numerusform>
            <numerusform>З кошика відновлено %n контактів</numerusform>
        </translation>
    </message>
    <message>
        <source>Change undone</source>
        <translation>Зміну скасовано</translation>
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
        <translation>SmallCRM зіткнувся з непередбаченою проблемою. Ваші дані в безпеці: усі збережені зміни залишаються. Подробиці записано до {log_file}.</translation>
    </message>
    <message>
        <source>SmallCRM: unexpected problem</source>
        <translation>SmallCRM: непередбачена проблема</translation>
    </message>
    <message>
        <source>You can keep working. If it happens again, restart SmallCRM.</source>
        <translation>Можна продовжувати роботу. Якщо це повториться, перезапустіть SmallCRM.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Організації</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Нагадування до виконання</translation>
    </message>
    <message>
        <source>Time to get in touch</source>
        <translation>Час зв’язатися</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Добрий вечір</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Доброго ранку</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Добрий день</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>прострочено з {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>на сьогодні</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>Немає нагадувань до виконання.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open matters</source>
        <translation>Відкриті справи</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Відкриті завдання</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Усі завдання</translation>
    </message>
    <message>
        <source>Today&apos;s events</source>
        <translation>Сьогоднішні події</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>Завдання зі строком на сьогодні</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>На сьогодні</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Прострочені завдання</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Nothing due today and no events.</source>
        <translation>На сьогодні немає ні завдань, ні подій.</translation>
    </message>
    <message>
        <source>Deadlines — next 14 days</source>
        <translation>Строки — найближчі 14 днів</translation>
    </message>
    <message>
        <source>Deadlines in the next 14 days</source>
        <translation>Строки на найближчі 14 днів</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Остання активність</translation>
    </message>
    <message>
        <source>Matters by stage</source>
        <translation>Справи за етапами</translation>
    </message>
    <message>
        <source>All matters</source>
        <translation>Усі справи</translation>
    </message>
    <message>
        <source>No open matters.</source>
        <translation>Немає відкритих справ.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронізація</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Стан синхронізації</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Тут ще нічого немає</translation>
    </message>
    <message>
        <source>Today&apos;s tasks and events, deadlines, follow-ups and recent activity will appear here once you add contacts, matters and tasks.</source>
        <translation>Щойно ви додасте контакти, справи й завдання, тут з’являться сьогоднішні завдання й події, строки, нагадування та остання активність.</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: {reason}</source>
        <translation>Не вдалося завантажити огляд: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n прострочене</numerusform>
            <numerusform>%n прострочені</numerusform>
            <numerusform>%n прострочених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n на сьогодні</numerusform>
            <numerusform>%n на сьогодні</numerusform>
            <numerusform>%n на сьогодні</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>до {time}</translation>
    </message>
    <message>
        <source>from {time}</source>
        <translation>з {time}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дні</numerusform>
            <numerusform>через %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadlines in the next 14 days.</source>
        <translation>Немає строків на найближчі 14 днів.</translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>кожен %n тиждень</numerusform>
            <numerusform>кожні %n тижні</numerusform>
            <numerusform>кожні %n тижнів</numerusform>
        </translation>
    </message>
    <message>
        <source>due since {date}</source>
        <translation>на черзі з {date}</translation>
    </message>
    <message>
        <source>Everyone is in touch.</source>
        <translation>З усіма ви на зв’язку.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Вхідний дзвінок</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Вихідний дзвінок</translation>
    </message>
    <message>
        <source>{kind}: {subject}</source>
        <translation>{kind}: {subject}</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>учора</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Ще нічого не записано.</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Deadline calculator</source>
        <translation>Калькулятор строків</translation>
    </message>
    <message>
        <source>The day of the event, e.g. delivery of a decision; it is not counted.</source>
        <translation>День події, напр. вручення рішення; до строку не зараховується.</translation>
    </message>
    <message>
        <source>e.g. delivery of a decision; not counted</source>
        <translation>напр. вручення рішення; не зараховується</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Unit of the period</source>
        <translation>Одиниця періоду</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дні</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>тижні</translation>
    </message>
    <message>
        <source>months</source>
        <translation>місяці</translation>
    </message>
    <message>
        <source>years</source>
        <translation>роки</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation>Чехія</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словаччина</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польща</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Хорватія</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <source>Public &amp;holidays of:</source>
        <translation>&amp;Святкові дні країни:</translation>
    </message>
    <message>
        <source>&amp;Move a last day on a weekend or holiday to the next working day</source>
        <translation>Пе&amp;реносити останній день з вихідного чи святкового дня на наступний робочий день</translation>
    </message>
    <message>
        <source>Count &amp;working days only (weekends and holidays are not counted)</source>
        <translation>Рахувати лише робочі &amp;дні (вихідні та святкові дні не враховуються)</translation>
    </message>
    <message>
        <source>Count Ukrainian holidays as days &amp;off (only once martial law has ended)</source>
        <translation>Вважати українські святкові дні &amp;неробочими (лише після припинення воєнного стану)</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Правила:</translation>
    </message>
    <message>
        <source>How it was &amp;computed:</source>
        <translation>&amp;Як обчислено:</translation>
    </message>
    <message>
        <source>How the deadline was computed</source>
        <translation>Як обчислено строк</translation>
    </message>
    <message>
        <source>e.g. Deadline: appeal</source>
        <translation>напр. Строк: апеляція</translation>
    </message>
    <message>
        <source>Task &amp;title:</source>
        <translation>Назва &amp;завдання:</translation>
    </message>
    <message>
        <source>days before the deadline</source>
        <translation>дн. до строку</translation>
    </message>
    <message>
        <source>&amp;Remind:</source>
        <translation>Н&amp;агадати:</translation>
    </message>
    <message>
        <source>&amp;Add deadline</source>
        <translation>Дода&amp;ти строк</translation>
    </message>
    <message>
        <source>Deadline: {purpose}</source>
        <translation>Строк: {purpose}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>Останній день строку: {date}</translation>
    </message>
    <message>
        <source>No deadline computed.</source>
        <translation>Строк не обчислено.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>e.g. contract, signed</source>
        <translation>напр. договір, підписано</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Мітки:</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Без справи</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Справа:</translation>
    </message>
    <message>
        <source>Peop&amp;le:</source>
        <translation>&amp;Особи:</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Документ повинен мати назву.</translation>
    </message>
    <message>
        <source>see the log</source>
        <translation>подробиці в журналі</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не збережено: {reason}</translation>
    </message>
</context>
<context>
    <name>DocumentWork</name>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>Не вдалося; подробиці в журналі.</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Search titles and contents</source>
        <translation>Шукати в назвах і вмісті</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Пошук документів</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Додати файли…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Ще немає документів</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Нічого не знайдено</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>Справа:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версії</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>&amp;Подробиці…</translation>
    </message>
    <message>
        <source>Add a &amp;new version…</source>
        <translation>Додати &amp;нову версію…</translation>
    </message>
    <message>
        <source>Choose a document to see its versions.</source>
        <translation>Виберіть документ, щоб побачити його версії.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>being read…</source>
        <translation>зчитується…</translation>
    </message>
    <message>
        <source>searchable</source>
        <translation>доступний для пошуку</translation>
    </message>
    <message>
        <source>no text (a scan?)</source>
        <translation>без тексту (скан?)</translation>
    </message>
    <message>
        <source>not searchable</source>
        <translation>недоступний для пошуку</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не вдалося прочитати</translation>
    </message>
    <message>
        <source>Drop files here from your file manager (Outlook messages and .eml files too) or use the Add files button. SmallCRM keeps its own copy and reads their text for search.</source>
        <translation>Перетягніть сюди файли з файлового менеджера (зокрема листи Outlook і файли .eml) або виберіть «Додати файли…». SmallCRM зберігає власну копію і зчитує їхній текст для пошуку.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Мітки:</translation>
    </message>
    <message>
        <source>No document contains “{text}”.</source>
        <translation>Жоден документ не містить «{text}».</translation>
    </message>
    <message>
        <source>not filed on a matter</source>
        <translation>не прив’язаний до справи</translation>
    </message>
    <message>
        <source>Version {number} · {date} · {size}
{name}</source>
        <translation>Версія {number} · {date} · {size}
{name}</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Додати документи</translation>
    </message>
    <message>
        <source>Folders are not added; choose the files in them.</source>
        <translation>Теки не додаються; виберіть файли, що в них містяться.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Додавання %n файлу…</numerusform>
            <numerusform>Додавання %n файлів…</numerusform>
            <numerusform>Додавання %n файлів…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a new version</source>
        <translation>Додати нову версію</translation>
    </message>
    <message>
        <source>Stored as version {number}.</source>
        <translation>Збережено як версію {number}.</translation>
    </message>
    <message>
        <source>That file is the same as the current version.</source>
        <translation>Цей файл такий самий, як поточна версія.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s).</source>
        <translation>
            <numerusform>Додано %n документ.</numerusform>
            <numerusform>Додано %n документи.</numerusform>
            <numerusform>Додано %n документів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them has the same content as a stored document.</source>
        <translation>
            <numerusform>%n з них має такий самий вміст, як уже збережений документ.</numerusform>
            <numerusform>%n з них мають такий самий вміст, як уже збережені документи.</numerusform>
            <numerusform>%n з них мають такий самий вміст, як уже збережені документи.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was not added: {reason}</source>
        <translation>Файл «{name}» не додано: {reason}</translation>
    </message>
    <message>
        <source>Opened a copy of “{name}”. When you save changes in the other program, SmallCRM offers to keep them as a new version.</source>
        <translation>Відкрито копію файлу «{name}». Коли ви збережете зміни в тій програмі, SmallCRM запропонує зберегти їх як нову версію.</translation>
    </message>
    <message>
        <source>No program is set to open “{name}”.</source>
        <translation>Не налаштовано програму для відкриття файлу «{name}».</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n document(s) to the trash.</source>
        <translation>
            <numerusform>До кошика переміщено %n документ.</numerusform>
            <numerusform>До кошика переміщено %n документи.</numerusform>
            <numerusform>До кошика переміщено %n документів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n document(s) from the trash.</source>
        <translation>
            <numerusform>З кошика відновлено %n документ.</numerusform>
            <numerusform>З кошика відновлено %n документи.</numerusform>
            <numerusform>З кошика відновлено %n документів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatePairsModel</name>
    <message>
        <source>Score</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Можливий дублікат</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причини</translation>
    </message>
    <message>
        <source>marked as not duplicates</source>
        <translation>позначено: не дублікати</translation>
    </message>
    <message>
        <source>{score} of 100: how sure the finder is</source>
        <translation>{score} зі 100: наскільки певний збіг</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Збіг {score}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Пошук дублікатів</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Можливі дублікати</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>Ймовірних дублікатів немає</translation>
    </message>
    <message>
        <source>No two contacts share an e-mail or a phone, or have names alike enough to be the same person.</source>
        <translation>Жодні два контакти не мають спільної ел. пошти чи телефону, і жодні імена не схожі настільки, щоб це могла бути одна й та сама особа.</translation>
    </message>
    <message>
        <source>The search was stopped</source>
        <translation>Пошук зупинено</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Скасувати об’єднання</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>&amp;Шукати знову</translation>
    </message>
    <message>
        <source>S&amp;how pairs marked as not duplicates</source>
        <translation>&amp;Показувати й пари, позначені «не дублікати»</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Не дублікати</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Об’єднати…</translation>
    </message>
    <message>
        <source>Compare the two and merge them (Enter)</source>
        <translation>Порівняти обидва записи та об’єднати їх (Enter)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Зупинити</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Comparing every contact with the others…</source>
        <translation>Порівняння кожного контакту з іншими…</translation>
    </message>
    <message>
        <source>Searching for duplicates</source>
        <translation>Пошук дублікатів</translation>
    </message>
    <message>
        <source>This takes a few seconds in a large address book.</source>
        <translation>У великій адресній книзі це триває кілька секунд.</translation>
    </message>
    <message>
        <source>Nothing was changed. Search again when you have a moment.</source>
        <translation>Нічого не змінено. Запустіть пошук знову, коли матимете час.</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>непередбачена помилка</translation>
    </message>
    <message>
        <source>The search did not finish</source>
        <translation>Пошук не завершено</translation>
    </message>
    <message>
        <source>{reason}. Nothing was changed; you can search again.</source>
        <translation>Причина: {reason}. Нічого не змінено; можна шукати знову.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be the same person or organisation, best first.</source>
        <translation>
            <numerusform>%n пара записів, які можуть належати одній і тій самій особі чи організації; найімовірніші — угорі.</numerusform>
            <numerusform>%n пари записів, які можуть належати одній і тій самій особі чи організації; найімовірніші — угорі.</numerusform>
            <numerusform>%n пар записів, які можуть належати одній і тій самій особі чи організації; найімовірніші — угорі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them marked as not duplicates.</source>
        <translation>
            <numerusform>З них %n позначена як «не дублікати».</numerusform>
            <numerusform>З них %n позначені як «не дублікати».</numerusform>
            <numerusform>З них %n позначено як «не дублікати».</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the {count} likeliest are listed; merge some and search again.</source>
        <translation>Показано лише {count} найімовірніших пар; об’єднайте деякі з них і запустіть пошук знову.</translation>
    </message>
    <message>
        <source>{first} and {second}: {reasons}</source>
        <translation>{first} і {second}: {reasons}</translation>
    </message>
    <message>
        <source>Marked as not duplicates: press to take that back (Delete)</source>
        <translation>Позначено як не дублікати: натисніть, щоб скасувати це (Delete)</translation>
    </message>
    <message>
        <source>Remember that these two are different: the pair is no longer listed (Delete)</source>
        <translation>Запам’ятати, що це два різні записи: пара більше не показуватиметься (Delete)</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” are marked as not duplicates.</source>
        <translation>«{first}» і «{second}» позначено як не дублікати.</translation>
    </message>
    <message>
        <source>“{first}” and “{second}” are listed as possible duplicates again.</source>
        <translation>«{first}» і «{second}» знову в списку можливих дублікатів.</translation>
    </message>
    <message>
        <source>“Not duplicates” could not be saved: {reason}</source>
        <translation>Не вдалося зберегти позначку «не дублікати»: {reason}</translation>
    </message>
    <message>
        <source>Merged into “{name}”.</source>
        <translation>Об’єднано в контакт «{name}».</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>Об’єднання скасовано.</translation>
    </message>
    <message>
        <source>The merge could not be undone: {reason}</source>
        <translation>Не вдалося скасувати об’єднання: {reason}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
</context>
<context>
    <name>EditedCopyDialog</name>
    <message>
        <source>Changed document</source>
        <translation>Змінений документ</translation>
    </message>
    <message>
        <source>“{name}” was changed in another program.</source>
        <translation>Файл «{name}» змінено в іншій програмі.</translation>
    </message>
    <message>
        <source>Keep the changes as version {number} of the document? The earlier versions stay as they are.</source>
        <translation>Зберегти зміни як версію {number} документа? Попередні версії залишаться без змін.</translation>
    </message>
    <message>
        <source>&amp;Keep as new version</source>
        <translation>&amp;Зберегти як нову версію</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Не зараз</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Відкинути зміни</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Enter a rule, e.g. FREQ=WEEKLY;BYDAY=MO,WE.</source>
        <translation>Введіть правило, напр. FREQ=WEEKLY;BYDAY=MO,WE.</translation>
    </message>
    <message>
        <source>Give the rule as one RRULE line, without DTSTART.</source>
        <translation>Задайте правило одним рядком RRULE, без DTSTART.</translation>
    </message>
    <message>
        <source>A rule starts with FREQ=, e.g. FREQ=WEEKLY;BYDAY=MO,WE.</source>
        <translation>Правило починається з FREQ=, напр. FREQ=WEEKLY;BYDAY=MO,WE.</translation>
    </message>
    <message>
        <source>A rule ends by COUNT or by UNTIL, not by both.</source>
        <translation>Правило закінчується через COUNT або через UNTIL, не обома.</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Без нагадування</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>У момент початку</translation>
    </message>
    <message>
        <source>1 week before</source>
        <translation>за 1 тиждень</translation>
    </message>
    <message>
        <source>{n} weeks before</source>
        <translation>за {n} тиж.</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>за 1 день</translation>
    </message>
    <message>
        <source>{n} days before</source>
        <translation>за {n} дн.</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>за 1 годину</translation>
    </message>
    <message>
        <source>{n} hours before</source>
        <translation>за {n} год</translation>
    </message>
    <message>
        <source>1 minute before</source>
        <translation>за 1 хвилину</translation>
    </message>
    <message>
        <source>{n} minutes before</source>
        <translation>за {n} хв</translation>
    </message>
    <message>
        <source>Repeating event</source>
        <translation>Повторювана подія</translation>
    </message>
    <message>
        <source>This is a repeating event. Delete only this event, this and the following events, or all events in the series?</source>
        <translation>Це повторювана подія. Видалити лише цю подію, цю й наступні чи всі події серії?</translation>
    </message>
    <message>
        <source>This is a repeating event. Change only this event, this and the following events, or all events in the series?</source>
        <translation>Це повторювана подія. Змінити лише цю подію, цю й наступні чи всі події серії?</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>Цю подію</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>Цю й наступні</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Усі події</translation>
    </message>
    <message>
        <source>“{title}” is also in the Exchange calendar “{account}”. Deleting it here deletes it there too, from now on without asking.</source>
        <translation>Подія «{title}» є також у календарі Exchange «{account}». Якщо видалити її тут, вона видалиться й там — відтепер без запитання.</translation>
    </message>
    <message>
        <source>Delete in both</source>
        <translation>Видалити в обох</translation>
    </message>
    <message>
        <source>{account} (Exchange)</source>
        <translation>{account} (Exchange)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ви&amp;далити…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Цей комп’ютер</translation>
    </message>
    <message>
        <source>Where the event is kept and synced</source>
        <translation>Де подія зберігається й синхронізується</translation>
    </message>
    <message>
        <source>A removed Exchange account</source>
        <translation>Видалений обліковий запис Exchange</translation>
    </message>
    <message>
        <source>An event stays in the calendar it was made in.</source>
        <translation>Подія залишається в календарі, у якому її створено.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Нова подія</translation>
    </message>
    <message>
        <source>Edit this event</source>
        <translation>Редагувати цю подію</translation>
    </message>
    <message>
        <source>Edit this and the following events</source>
        <translation>Редагувати цю й наступні події</translation>
    </message>
    <message>
        <source>Edit all events in the series</source>
        <translation>Редагувати всі події серії</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Редагувати подію</translation>
    </message>
    <message>
        <source>e.g. Hearing at the regional court</source>
        <translation>напр. Судове засідання в районному суді</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необов’язково</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата початку</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Час початку</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата завершення</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Час завершення</translation>
    </message>
    <message>
        <source>A&amp;ll day</source>
        <translation>&amp;Весь день</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Початок:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Кінець:</translation>
    </message>
    <message>
        <source>None: the same clock time in every zone</source>
        <translation>Немає: однаковий час у кожному поясі</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовий пояс:</translation>
    </message>
    <message>
        <source>Custom rule…</source>
        <translation>Власне правило…</translation>
    </message>
    <message>
        <source>RRULE, e.g. FREQ=WEEKLY;BYDAY=MO,WE</source>
        <translation>RRULE, напр. FREQ=WEEKLY;BYDAY=MO,WE</translation>
    </message>
    <message>
        <source>Repetition rule</source>
        <translation>Правило повторення</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Повто&amp;рення:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message>
        <source>On</source>
        <translation>У день</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Після</translation>
    </message>
    <message>
        <source>Last day of the series</source>
        <translation>Останній день серії</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Кількість повторень</translation>
    </message>
    <message>
        <source>times</source>
        <translation>повторень</translation>
    </message>
    <message>
        <source>Re&amp;minder:</source>
        <translation>Н&amp;агадування:</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Під питанням</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Jana Nováková &lt;jana@example.cz&gt;, petr@example.cz</source>
        <translation>Олена Коваленко &lt;olena@example.ua&gt;, petro@example.ua</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Учасники:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Особи:</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Без справи</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Справа:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Нотатк&amp;и:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>Ка&amp;лендар:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Джерело:</translation>
    </message>
    <message>
        <source>Changes apply to the event on {day} only.</source>
        <translation>Зміни стосуються лише цієї події ({day}).</translation>
    </message>
    <message>
        <source>Changes apply to the event on {day} and the following ones.</source>
        <translation>Зміни стосуються цієї події ({day}) і наступних.</translation>
    </message>
    <message>
        <source>Changes apply to every event in the series.</source>
        <translation>Зміни стосуються всіх подій серії.</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Останн&amp;ій день:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторюється</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Щодня</translation>
    </message>
    <message>
        <source>Every working day (Mon–Fri)</source>
        <translation>Кожного робочого дня (пн–пт)</translation>
    </message>
    <message>
        <source>Weekly on {weekday}</source>
        <translation>Щотижня: {weekday}</translation>
    </message>
    <message>
        <source>Every 2 weeks on {weekday}</source>
        <translation>Кожні 2 тижні: {weekday}</translation>
    </message>
    <message>
        <source>Monthly on day {day}</source>
        <translation>Щомісяця {day}-го числа</translation>
    </message>
    <message>
        <source>Monthly on the last working day</source>
        <translation>Щомісяця в останній робочий день</translation>
    </message>
    <message>
        <source>Yearly on {date}</source>
        <translation>Щороку {date}</translation>
    </message>
    <message>
        <source>{repeat}, until {date}</source>
        <translation>{repeat}, до {date}</translation>
    </message>
    <message>
        <source>{repeat}, {count}×</source>
        <translation>{repeat}, {count}×</translation>
    </message>
    <message>
        <source>Ser&amp;ies ends:</source>
        <translation>Кін&amp;ець серії:</translation>
    </message>
    <message>
        <source>The same clock time wherever you are.</source>
        <translation>Той самий час, де б ви не були.</translation>
    </message>
    <message>
        <source>Shown in your zone ({zone}): {when}</source>
        <translation>У вашому поясі ({zone}): {when}</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Введіть назву події.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Останній день раніше за перший.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Подія закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <source>Unknown time zone; pick one from the list, e.g. Europe/Prague.</source>
        <translation>Невідомий часовий пояс; виберіть його зі списку, напр. Europe/Kyiv.</translation>
    </message>
    <message>
        <source>The series cannot end before its first day.</source>
        <translation>Серія не може закінчитися раніше за свій перший день.</translation>
    </message>
    <message>
        <source>Not an e-mail address: {items}</source>
        <translation>Це не адреси ел. пошти: {items}</translation>
    </message>
    <message>
        <source>Pick a matter from the list, or leave it empty.</source>
        <translation>Виберіть справу зі списку або залиште поле порожнім.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Видалити подію</translation>
    </message>
    <message>
        <source>Delete every event in the series “{title}”?</source>
        <translation>Видалити всі події серії «{title}»?</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Видалити «{title}»?</translation>
    </message>
    <message>
        <source>It goes to the trash, where it can be restored.</source>
        <translation>Її буде переміщено до кошика, звідки її можна відновити.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>It could not be saved; see the log.</source>
        <translation>Не вдалося зберегти; подробиці в журналі.</translation>
    </message>
</context>
<context>
    <name>ExchangeAccountDialog</name>
    <message>
        <source>New Exchange Account</source>
        <translation>Новий обліковий запис Exchange</translation>
    </message>
    <message>
        <source>Exchange Account</source>
        <translation>Обліковий запис Exchange</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Вхідні</translation>
    </message>
    <message>
        <source>Sent Items</source>
        <translation>Надіслані</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Чернетки</translation>
    </message>
    <message>
        <source>Deleted Items</source>
        <translation>Видалені</translation>
    </message>
    <message>
        <source>Junk Email</source>
        <translation>Небажана пошта</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Вихідні</translation>
    </message>
    <message>
        <source>e.g. Office Exchange</source>
        <translation>напр. Офісний Exchange</translation>
    </message>
    <message>
        <source>As the server asks (recommended)</source>
        <translation>Як вимагає сервер (рекомендовано)</translation>
    </message>
    <message>
        <source>NTLM (Windows login)</source>
        <translation>NTLM (вхід у Windows)</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>&amp;Автентифікація:</translation>
    </message>
    <message>
        <source>EWS &amp;address:</source>
        <translation>А&amp;дреса EWS:</translation>
    </message>
    <message>
        <source>https://mail.firm.cz/EWS/Exchange.asmx</source>
        <translation>https://mail.firma.ua/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://): the password and every message cross the network as plain text. Use it only for a server on this computer or a network you trust.</source>
        <translation>Ця адреса не зашифрована (http://): пароль і кожен лист передаються мережею відкритим текстом. Використовуйте її лише для сервера на цьому комп’ютері або в мережі, якій ви довіряєте.</translation>
    </message>
    <message>
        <source>Find it from the &amp;e-mail address</source>
        <translation>Знайти за адресою &amp;ел. пошти</translation>
    </message>
    <message>
        <source>SmallCRM asks the firm&apos;s server (autodiscover) with the mailbox e-mail and password below when you test the connection or save.</source>
        <translation>Під час перевірки з’єднання або збереження SmallCRM звертається до сервера фірми (autodiscover) з указаними нижче адресою скриньки та паролем.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>e.g. FIRMA\novakova</source>
        <translation>напр. FIRMA\kovalenko</translation>
    </message>
    <message>
        <source>As you sign in to Windows at the office: DOMAIN\user or user@firm.cz</source>
        <translation>Як ви входите у Windows в офісі: ДОМЕН\користувач або користувач@firma.ua</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Ім’я користувача:</translation>
    </message>
    <message>
        <source>optional, e.g. jana.novakova@firm.cz</source>
        <translation>необов’язково, напр. olena.kovalenko@firma.ua</translation>
    </message>
    <message>
        <source>Needed when the user name is DOMAIN\user; else the user name is used.</source>
        <translation>Потрібна, якщо ім’я користувача має вигляд ДОМЕН\користувач; інакше використовується ім’я користувача.</translation>
    </message>
    <message>
        <source>&amp;Mailbox e-mail:</source>
        <translation>Ел. адреса &amp;скриньки:</translation>
    </message>
    <message>
        <source>Sync the &amp;calendar both ways</source>
        <translation>Синхронізувати &amp;календар в обидва боки</translation>
    </message>
    <message>
        <source>Appointments of this mailbox appear in SmallCRM&apos;s calendar, and those made or changed here go back to Exchange.</source>
        <translation>Зустрічі з цієї скриньки з’являються в календарі SmallCRM, а створені чи змінені тут повертаються до Exchange.</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Календар:</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Введіть назву облікового запису.</translation>
    </message>
    <message>
        <source>Type the EWS address, or let SmallCRM find it.</source>
        <translation>Введіть адресу EWS або дозвольте SmallCRM знайти її.</translation>
    </message>
    <message>
        <source>This is not a web address: it looks like https://mail.firm.cz/EWS/Exchange.asmx</source>
        <translation>Це не веб-адреса; правильна має вигляд https://mail.firma.ua/EWS/Exchange.asmx</translation>
    </message>
    <message>
        <source>Confirm the unencrypted connection below, or use https://.</source>
        <translation>Підтвердьте нижче з’єднання без шифрування або використайте https://.</translation>
    </message>
    <message>
        <source>Type the user name.</source>
        <translation>Введіть ім’я користувача.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Це не адреса ел. пошти.</translation>
    </message>
    <message>
        <source>Type the mailbox&apos;s e-mail address: a DOMAIN\user name does not say it.</source>
        <translation>Введіть адресу ел. пошти скриньки: з імені виду ДОМЕН\користувач її не визначити.</translation>
    </message>
    <message>
        <source>Tick at least one folder to sync.</source>
        <translation>Позначте принаймні одну теку для синхронізації.</translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>Введіть пароль, щоб перевірити з’єднання.</translation>
    </message>
    <message>
        <source>“{name}” is an IMAP account: it opens in the IMAP form.</source>
        <translation>«{name}» — обліковий запис IMAP: він відкривається у формі для IMAP.</translation>
    </message>
    <message>
        <source>A folder chosen earlier (Load folders names it)</source>
        <translation>Раніше вибрана тека (назву покаже «Завантажити теки»)</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n mail folder(s) on the server.</source>
        <translation>
            <numerusform>Підключено: на сервері %n поштова тека.</numerusform>
            <numerusform>Підключено: на сервері %n поштові теки.</numerusform>
            <numerusform>Підключено: на сервері %n поштових тек.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asks for %1.</source>
        <translation>Сервер вимагає %1.</translation>
    </message>
    <message>
        <source>Found at %1</source>
        <translation>Знайдено за адресою %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n лист</numerusform>
            <numerusform>%n листи</numerusform>
            <numerusform>%n листів</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Не підключено.</translation>
    </message>
    <message>
        <source>Found what the server asks; saving…</source>
        <translation>З’ясовано вимоги сервера; збереження…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Експорт контактів</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>vCard 4.0 (current address books)</source>
        <translation>vCard 4.0 (сучасні адресні книги)</translation>
    </message>
    <message>
        <source>vCard 3.0 (older phones and Outlook)</source>
        <translation>vCard 3.0 (старіші телефони та Outlook)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets; UTF-8)</source>
        <translation>CSV (електронні таблиці; UTF-8)</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Контакти:</translation>
    </message>
    <message>
        <source>Selected contacts ({count})</source>
        <translation>Вибрані контакти ({count})</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Усі контакти</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експортувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>All contacts ({count})</source>
        <translation>Усі контакти ({count})</translation>
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
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Exported {count} contacts to {file}.</source>
        <translation>Контакти експортовано до файлу {file} (кількість: {count}).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>An unexpected error stopped the export. The details are in the log.</source>
        <translation>Експорт перервала непередбачена помилка. Подробиці в журналі.</translation>
    </message>
    <message>
        <source>The contacts were not exported. {reason}</source>
        <translation>Контакти не експортовано. {reason}</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Follow-ups</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Be reminded when it is time to get in touch again</source>
        <translation>Нагадати, коли час знову зв’язатися</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Кожен %n тиждень</numerusform>
            <numerusform>Кожні %n тижні</numerusform>
            <numerusform>Кожні %n тижнів</numerusform>
        </translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Інше…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Не нагадувати</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>прострочено з {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>термін сьогодні</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>термін завтра</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>термін {date}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Mark done: it goes on the timeline</source>
        <translation>Позначити виконаним; з’явиться в хронології</translation>
    </message>
    <message>
        <source>Mark “{title}” done</source>
        <translation>Позначити «{title}» виконаним</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Ще не було контакту</translation>
    </message>
    <message>
        <source>Last contact today</source>
        <translation>Останній контакт сьогодні</translation>
    </message>
    <message>
        <source>Last contact yesterday</source>
        <translation>Останній контакт учора</translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n days ago</source>
        <translation>
            <numerusform>Останній контакт %n день тому</numerusform>
            <numerusform>Останній контакт %n дні тому</numerusform>
            <numerusform>Останній контакт %n днів тому</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n weeks ago</source>
        <translation>
            <numerusform>Останній контакт %n тиждень тому</numerusform>
            <numerusform>Останній контакт %n тижні тому</numerusform>
            <numerusform>Останній контакт %n тижнів тому</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last contact %n months ago</source>
        <translation>
            <numerusform>Останній контакт %n місяць тому</numerusform>
            <numerusform>Останній контакт %n місяці тому</numerusform>
            <numerusform>Останній контакт %n місяців тому</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay in touch: not set</source>
        <translation>Підтримувати зв’язок: не задано</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Задати…</translation>
    </message>
    <message numerus="yes">
        <source>Stay in touch every %n weeks</source>
        <translation>
            <numerusform>Підтримувати зв’язок кожен %n тиждень</numerusform>
            <numerusform>Підтримувати зв’язок кожні %n тижні</numerusform>
            <numerusform>Підтримувати зв’язок кожні %n тижнів</numerusform>
        </translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Змінити…</translation>
    </message>
    <message>
        <source>{last}, due since {date}</source>
        <translation>{last}, час зв’язатися з {date}</translation>
    </message>
    <message>
        <source>{last}, next due {date}</source>
        <translation>{last}, наступний до {date}</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Не вдалося: {reason}</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Підтримувати зв’язок</translation>
    </message>
    <message>
        <source>Weeks between contacts:</source>
        <translation>Тижнів між контактами:</translation>
    </message>
</context>
<context>
    <name>FormFrame</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Імпорт контактів</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Скасувати цей імпорт</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Читання файлів…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Файл CSV:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодування:</translation>
    </message>
    <message>
        <source>Other delimiter</source>
        <translation>Інший роздільник</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Роздільник:</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>Перший рядок — &amp;заголовок</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Under each column name, choose what the column holds. Rows shown in red cannot be imported as they are; point at one to see why.</source>
        <translation>Під назвою кожного стовпця виберіть, що в ньому міститься. Рядки, позначені червоним, не можна імпортувати в такому вигляді; наведіть вказівник на рядок, щоб побачити причину.</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Попередній перегляд файлу</translation>
    </message>
    <message>
        <source>When a contact already exists:</source>
        <translation>Якщо контакт уже існує:</translation>
    </message>
    <message>
        <source>&amp;Update it from the file</source>
        <translation>&amp;Оновити його з файлу</translation>
    </message>
    <message>
        <source>&amp;Skip it</source>
        <translation>&amp;Пропустити його</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Копіювати список</translation>
    </message>
    <message>
        <source>Copies file, line and reason of every problem, one per line</source>
        <translation>Копіює файл, рядок і причину кожної проблеми, по одній на рядок</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: не вдається прочитати ({reason}).</translation>
    </message>
    <message>
        <source>{file}: {cards} contacts found, {problems} problems.</source>
        <translation>{file}: знайдено контактів: {cards}, проблем: {problems}.</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8 with BOM)</source>
        <translation>Unicode (UTF-8 з BOM)</translation>
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
        <translation>Центральноєвропейське (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO-8859-2)</source>
        <translation>Центральноєвропейське (ISO-8859-2)</translation>
    </message>
    <message>
        <source>Central European (DOS 852)</source>
        <translation>Центральноєвропейське (DOS 852)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Західноєвропейське (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>Західноєвропейське (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Кирилиця (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-U)</source>
        <translation>Кирилиця (KOI8-U)</translation>
    </message>
    <message>
        <source>Cyrillic (ISO-8859-5)</source>
        <translation>Кирилиця (ISO-8859-5)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>Японське (Shift-JIS)</translation>
    </message>
    <message>
        <source>{encoding} · detected</source>
        <translation>{encoding} · виявлено</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Кома (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Крапка з комою (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляція</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Вертикальна риска (|)</translation>
    </message>
    <message>
        <source>{delimiter} · detected</source>
        <translation>{delimiter} · виявлено</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Інший:</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Стовпець {number}</translation>
    </message>
    <message>
        <source>Showing the first {rows} rows; numbers on the left are file lines.</source>
        <translation>Попередній перегляд перших рядків: {rows}; числа ліворуч — номери рядків у файлі.</translation>
    </message>
    <message>
        <source>No rows to show: check the encoding and the delimiter.</source>
        <translation>Немає рядків для показу: перевірте кодування та роздільник.</translation>
    </message>
    <message>
        <source>SmallCRM export</source>
        <translation>Експорт зі SmallCRM</translation>
    </message>
    <message>
        <source>Outlook (recognised by its column names)</source>
        <translation>Outlook (розпізнано за назвами стовпців)</translation>
    </message>
    <message>
        <source>Google Contacts (recognised by its column names)</source>
        <translation>Контакти Google (розпізнано за назвами стовпців)</translation>
    </message>
    <message>
        <source>Thunderbird (recognised by its column names)</source>
        <translation>Thunderbird (розпізнано за назвами стовпців)</translation>
    </message>
    <message>
        <source>Not recognised: check how the columns are mapped</source>
        <translation>Не розпізнано: перевірте відповідність стовпців</translation>
    </message>
    <message>
        <source>ID: {key}</source>
        <translation>ID: {key}</translation>
    </message>
    <message>
        <source>Column {number} holds</source>
        <translation>Стовпець {number} містить</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— пропустити —</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Особа чи організація</translation>
    </message>
    <message>
        <source>Title (before the name)</source>
        <translation>Звання (перед ім’ям)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Title (after the name)</source>
        <translation>Звання (після імені)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повне ім’я</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Відділ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Birthday: year</source>
        <translation>День народження: рік</translation>
    </message>
    <message>
        <source>Birthday: month</source>
        <translation>День народження: місяць</translation>
    </message>
    <message>
        <source>Birthday: day</source>
        <translation>День народження: день</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>E-mail 2</source>
        <translation>Ел. пошта 2</translation>
    </message>
    <message>
        <source>E-mail 3</source>
        <translation>Ел. пошта 3</translation>
    </message>
    <message>
        <source>E-mail (work)</source>
        <translation>Ел. пошта (робоча)</translation>
    </message>
    <message>
        <source>E-mail (home)</source>
        <translation>Ел. пошта (домашня)</translation>
    </message>
    <message>
        <source>E-mail (other)</source>
        <translation>Ел. пошта (інша)</translation>
    </message>
    <message>
        <source>E-mail: label of the next</source>
        <translation>Ел. пошта: тип наступної</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation>Телефон (робочий)</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>Телефон (домашній)</translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation>Телефон (мобільний)</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Пейджер</translation>
    </message>
    <message>
        <source>Phone (other)</source>
        <translation>Телефон (інший)</translation>
    </message>
    <message>
        <source>Phone: label of the next</source>
        <translation>Телефон: тип наступного</translation>
    </message>
    <message>
        <source>Address: label</source>
        <translation>Адреса: тип</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Вебсторінка</translation>
    </message>
    <message>
        <source>Web page: label of the next</source>
        <translation>Вебсторінка: тип наступної</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Registry number (IČO, REGON …)</source>
        <translation>Реєстраційний номер (IČO, REGON …)</translation>
    </message>
    <message>
        <source>Tax number (DIČ, NIP …)</source>
        <translation>Податковий номер (DIČ, NIP …)</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Номер платника ПДВ</translation>
    </message>
    <message>
        <source>Unique id (UID)</source>
        <translation>Унікальний ідентифікатор (UID)</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Робоча адреса</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Домашня адреса</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Інша адреса</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>street</source>
        <translation>вулиця</translation>
    </message>
    <message>
        <source>street, line 2</source>
        <translation>вулиця, рядок 2</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>абонентська скринька</translation>
    </message>
    <message>
        <source>city</source>
        <translation>місто</translation>
    </message>
    <message>
        <source>region</source>
        <translation>область</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>поштовий індекс</translation>
    </message>
    <message>
        <source>country</source>
        <translation>країна</translation>
    </message>
    <message>
        <source>{address}: {part}</source>
        <translation>{address}: {part}</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Читання {file}</translation>
    </message>
    <message>
        <source>Saving {count} contacts…</source>
        <translation>Збереження контактів ({count})…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Імпорт завершено</translation>
    </message>
    <message>
        <source>{imported} new contacts imported, {updated} updated, {unchanged} already up to date.</source>
        <translation>Нових контактів імпортовано: {imported}, оновлено: {updated}, уже актуальних: {unchanged}.</translation>
    </message>
    <message>
        <source>{count} records were not imported or not imported whole. Each is listed with its file and line; the rest of each file was imported.</source>
        <translation>Записів, не імпортованих або імпортованих не повністю: {count}. Кожен наведено з файлом і рядком; решту кожного файлу імпортовано.</translation>
    </message>
    <message>
        <source>Every record was read without a problem.</source>
        <translation>Усі записи прочитано без проблем.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Імпорт скасовано</translation>
    </message>
    <message>
        <source>The import was undone: {count} records were taken back.</source>
        <translation>Імпорт скасовано (вилучено записів: {count}).</translation>
    </message>
    <message>
        <source>The problems the import met are still listed below, for reference.</source>
        <translation>Проблеми, виявлені під час імпорту, і надалі наведено нижче для довідки.</translation>
    </message>
    <message>
        <source>The import did not run</source>
        <translation>Імпорт не виконано</translation>
    </message>
    <message>
        <source>Nothing was changed. You can close this window and try again.</source>
        <translation>Нічого не змінено. Можна закрити це вікно й спробувати ще раз.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the work. The details are in the log file.</source>
        <translation>Роботу перервала непередбачена помилка. Подробиці у файлі журналу.</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard *.csv *.txt)</source>
        <translation>Файли контактів (*.vcf *.vcard *.csv *.txt)</translation>
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
        <translation>Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>MailAccountDialogBase</name>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>I understand; connect without encryption</source>
        <translation>Я розумію; підключатися без шифрування</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>leave empty to keep the saved one</source>
        <translation>залиште порожнім, щоб лишити збережений</translation>
    </message>
    <message>
        <source>Keep the password in memory until SmallCRM closes</source>
        <translation>Тримати пароль у пам’яті до закриття SmallCRM</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Перевірити &amp;з’єднання</translation>
    </message>
    <message>
        <source>&amp;Load folders</source>
        <translation>За&amp;вантажити теки</translation>
    </message>
    <message>
        <source>List the folders on the server</source>
        <translation>Показати теки на сервері</translation>
    </message>
    <message>
        <source>&amp;Folders:</source>
        <translation>&amp;Теки:</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>Останні</translation>
    </message>
    <message>
        <source> months</source>
        <translation> міс.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Everything in the mailbox</source>
        <translation>Усе в поштовій скриньці</translation>
    </message>
    <message>
        <source>First sync reaches back:</source>
        <translation>Перша синхронізація охопить:</translation>
    </message>
    <message>
        <source>All mail</source>
        <translation>Усю пошту</translation>
    </message>
    <message>
        <source>Every message in the chosen folders is kept and searchable here.</source>
        <translation>Кожен лист із вибраних тек зберігається, і його можна тут шукати.</translation>
    </message>
    <message>
        <source>Only mail of contacts</source>
        <translation>Лише пошту з контактами</translation>
    </message>
    <message>
        <source>A message is kept only when a sender or recipient is in the address book; private and marketing mail stays on the server.</source>
        <translation>Лист зберігається, лише якщо відправник або одержувач є в адресній книзі; особиста й рекламна пошта залишається на сервері.</translation>
    </message>
    <message>
        <source>Only mail filed on a matter</source>
        <translation>Лише пошту, прив’язану до справи</translation>
    </message>
    <message>
        <source>Only messages in a conversation already filed on a matter are kept; the rest is not stored.</source>
        <translation>Зберігаються лише листи з листувань, уже прив’язаних до справи; решта не зберігається.</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Зберігати:</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Кожні</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Only when I ask (Sync Mail Now)</source>
        <translation>Лише на вимогу (Синхронізувати пошту зараз)</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>Синхронізація:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Підключення…</translation>
    </message>
    <message>
        <source>I trust this certificate (fingerprint %1)</source>
        <translation>Я довіряю цьому сертифікату (відбиток %1)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Compare its SHA-256 fingerprint with the one your mail provider or administrator gives you:
%1</source>
        <translation>Сертифікат сервера не є довіреним. Порівняйте його відбиток SHA-256 з тим, який надасть вам поштовий провайдер або адміністратор:
%1</translation>
    </message>
    <message>
        <source>The test failed unexpectedly; the log file has the details.</source>
        <translation>Перевірка несподівано завершилася помилкою; подробиці у файлі журналу.</translation>
    </message>
    <message>
        <source>Saving failed unexpectedly; the log file has the details.</source>
        <translation>Збереження несподівано не вдалося; подробиці у файлі журналу.</translation>
    </message>
    <message>
        <source>Type the account&apos;s password.</source>
        <translation>Введіть пароль облікового запису.</translation>
    </message>
    <message>
        <source>No secure password store works on this computer: tick “Keep the password in memory until SmallCRM closes”, or install a password store.</source>
        <translation>На цьому комп’ютері не працює жодне захищене сховище паролів: позначте «Тримати пароль у пам’яті до закриття SmallCRM» або встановіть сховище паролів.</translation>
    </message>
</context>
<context>
    <name>MailAccountsDialog</name>
    <message>
        <source>Mail Accounts</source>
        <translation>Поштові облікові записи</translation>
    </message>
    <message>
        <source>No mail accounts yet. Add one to see client mail on contacts and matters.</source>
        <translation>Поштових облікових записів ще немає. Додайте запис, щоб бачити листування з клієнтами в контактах і справах.</translation>
    </message>
    <message>
        <source>Add &amp;IMAP Account…</source>
        <translation>Додати обліковий запис &amp;IMAP…</translation>
    </message>
    <message>
        <source>Add E&amp;xchange Account…</source>
        <translation>Додати обліковий запис E&amp;xchange…</translation>
    </message>
    <message>
        <source>A mailbox on the firm&apos;s own Microsoft Exchange Server (EWS)</source>
        <translation>Поштова скринька на власному сервері Microsoft Exchange Server фірми (EWS)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Синхронізувати зараз</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Вилучити…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>триває синхронізація…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) stored</source>
        <translation>
            <numerusform>%n збережений лист</numerusform>
            <numerusform>%n збережені листи</numerusform>
            <numerusform>%n збережених листів</numerusform>
        </translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>ще не синхронізовано</translation>
    </message>
    <message>
        <source>%1 on Exchange %2</source>
        <translation>%1 на сервері Exchange %2</translation>
    </message>
    <message>
        <source>Stop syncing “%1” and forget its password?

The messages already stored stay here, listed, searchable and filed as they are. Nothing is deleted on the server.</source>
        <translation>Припинити синхронізацію «%1» і забути його пароль?

Уже збережені листи залишаться тут: у списках, у пошуку та прив&apos;язані до справ, як є. На сервері нічого не видаляється.</translation>
    </message>
    <message>
        <source>Its calendar&apos;s events stay too, as this computer&apos;s events; changes to them no longer go to Exchange.</source>
        <translation>Події його календаря теж залишаться, як події цього комп&apos;ютера; їхні зміни більше не надсилатимуться до Exchange.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Вилучити обліковий запис</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>MailSync</name>
    <message>
        <source>no password</source>
        <translation>немає пароля</translation>
    </message>
    <message>
        <source>sync failed unexpectedly</source>
        <translation>синхронізація несподівано не вдалася</translation>
    </message>
    <message>
        <source>password refused</source>
        <translation>пароль відхилено</translation>
    </message>
    <message>
        <source>server not reachable</source>
        <translation>сервер недоступний</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>сертифікат не є довіреним</translation>
    </message>
    <message>
        <source>being synced elsewhere</source>
        <translation>синхронізується деінде</translation>
    </message>
    <message>
        <source>server busy</source>
        <translation>сервер перевантажений</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar conflict(s)</source>
        <translation>
            <numerusform>%n конфлікт календаря</numerusform>
            <numerusform>%n конфлікти календаря</numerusform>
            <numerusform>%n конфліктів календаря</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts to sync</source>
        <translation>Немає облікових записів для синхронізації</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Синхронізація %1…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 %3…</source>
        <translation>Синхронізація %1: %2 %3…</translation>
    </message>
    <message>
        <source>Mail (%1): %2</source>
        <translation>Пошта (%1): %2</translation>
    </message>
    <message>
        <source>Mail: %1</source>
        <translation>Пошта: %1</translation>
    </message>
    <message>
        <source> — next try %1</source>
        <translation> — наступна спроба о %1</translation>
    </message>
    <message>
        <source>Mail not synced yet</source>
        <translation>Пошту ще не синхронізовано</translation>
    </message>
    <message>
        <source>Mail synced %1 — %2 new</source>
        <translation>Пошту синхронізовано о %1 — нових: %2</translation>
    </message>
    <message>
        <source>, %1 not kept (privacy)</source>
        <translation>, не збережено: %1 (приватність)</translation>
    </message>
    <message>
        <source>Add a mail account in File › Mail Accounts…</source>
        <translation>Додайте поштовий обліковий запис у меню Файл › Поштові облікові записи…</translation>
    </message>
    <message>
        <source>%1: last synced %2 %3 — %4 new, %5 not kept (privacy); %6 stored</source>
        <translation>%1: востаннє синхронізовано %2 о %3 — нових: %4, не збережено: %5 (приватність); усього збережено: %6</translation>
    </message>
    <message>
        <source>%1: not synced yet</source>
        <translation>%1: ще не синхронізовано</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Остання помилка: %1</translation>
    </message>
    <message>
        <source>Next try %1</source>
        <translation>Наступна спроба о %1</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar change(s) wait for your decision</source>
        <translation>
            <numerusform>%n зміна в календарі чекає на ваше рішення</numerusform>
            <numerusform>%n зміни в календарі чекають на ваше рішення</numerusform>
            <numerusform>%n змін у календарі чекають на ваше рішення</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncs only when you ask (F9)</source>
        <translation>Синхронізується лише на вимогу (F9)</translation>
    </message>
</context>
<context>
    <name>MailView</name>
    <message>
        <source>Mail accounts</source>
        <translation>Поштові облікові записи</translation>
    </message>
    <message>
        <source>No mail here</source>
        <translation>Тут немає пошти</translation>
    </message>
    <message>
        <source>Mail from the accounts you add appears here after the next sync.</source>
        <translation>Пошта з доданих облікових записів з’явиться тут після наступної синхронізації.</translation>
    </message>
    <message>
        <source>Mail with this person or on this matter appears here.</source>
        <translation>Тут з’явиться листування з цією особою або щодо цієї справи.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Листи</translation>
    </message>
    <message>
        <source>All mail</source>
        <translation>Уся пошта</translation>
    </message>
    <message>
        <source>{user} on {host}: {count} messages</source>
        <translation>{user} на {host} – кількість листів: {count}</translation>
    </message>
    <message>
        <source>see the log</source>
        <translation>подробиці в журналі</translation>
    </message>
    <message>
        <source>The message cannot be shown: {reason}</source>
        <translation>Не вдалося показати лист: {reason}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без теми)</translation>
    </message>
    <message>
        <source>Not filed on a matter</source>
        <translation>Не прив’язано до справи</translation>
    </message>
    <message>
        <source>Move to &amp;matter…</source>
        <translation>Перемістити до &amp;справи…</translation>
    </message>
    <message>
        <source>File on &amp;matter…</source>
        <translation>Прив’язати до &amp;справи…</translation>
    </message>
    <message>
        <source>Parts of this message could not be read.</source>
        <translation>Не вдалося прочитати частини цього листа.</translation>
    </message>
    <message>
        <source>Remote images were blocked ({count}).</source>
        <translation>Зовнішні зображення заблоковано (кількість: {count}).</translation>
    </message>
    <message>
        <source>— filed</source>
        <translation>— додано</translation>
    </message>
    <message>
        <source>Open the Mail section to file documents</source>
        <translation>Відкрийте розділ «Пошта», щоб додавати документи</translation>
    </message>
    <message>
        <source>Pick a matter from the list.</source>
        <translation>Виберіть справу зі списку.</translation>
    </message>
    <message>
        <source>Filed on the matter.</source>
        <translation>Прив’язано до справи.</translation>
    </message>
    <message>
        <source>Removed from the matter.</source>
        <translation>Відв’язано від справи.</translation>
    </message>
    <message>
        <source>Not filed: {reason}</source>
        <translation>Не додано: {reason}</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Зберегти вкладення</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Збережено {name}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не збережено: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Filed as %n document(s).</source>
        <translation>
            <numerusform>Додано як %n документ.</numerusform>
            <numerusform>Додано як %n документи.</numerusform>
            <numerusform>Додано як %n документів.</numerusform>
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
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>Your to-dos and deadlines will appear here, with reminders, priorities and links to the matters and people they concern.</source>
        <translation>Тут з’являться ваші завдання та строки з нагадуваннями, пріоритетами й посиланнями на справи та людей, яких вони стосуються.</translation>
    </message>
    <message>
        <source>Hearings, meetings and appointments will appear here, in step with your Exchange, Microsoft 365 or CalDAV calendars.</source>
        <translation>Тут з’являться судові засідання, зустрічі та події, узгоджені з вашими календарями Exchange, Microsoft 365 або CalDAV.</translation>
    </message>
    <message>
        <source>Contracts, filings and other files will appear here, filed to their matters and contacts and searchable by their text.</source>
        <translation>Тут з’являться договори, процесуальні документи та інші файли, прив’язані до справ і контактів, з пошуком за текстом.</translation>
    </message>
    <message>
        <source>E-mail from your accounts will appear here, linked automatically to the contacts and matters it concerns.</source>
        <translation>Тут з’являться листи з ваших поштових скриньок, автоматично пов’язані з контактами та справами, яких вони стосуються.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Шукати всюди (Ctrl+K)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>{section} (Ctrl+{number})</source>
        <translation>{section} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Contact</source>
        <translation>&amp;Новий контакт</translation>
    </message>
    <message>
        <source>New &amp;Matter</source>
        <translation>Нова &amp;справа</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Імпортувати контакти…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>&amp;Експортувати контакти…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicate Contacts…</source>
        <translation>Знайти &amp;дублікати контактів…</translation>
    </message>
    <message>
        <source>Mail &amp;Accounts…</source>
        <translation>&amp;Поштові облікові записи…</translation>
    </message>
    <message>
        <source>&amp;Sync Mail Now</source>
        <translation>Синхронізувати пошту &amp;зараз</translation>
    </message>
    <message>
        <source>Calendar &amp;Conflicts…</source>
        <translation>&amp;Конфлікти календаря…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вирізати</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авити</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Виді&amp;лити все</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About SmallCRM</source>
        <translation>&amp;Про SmallCRM</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>No accounts to sync</source>
        <translation>Немає облікових записів для синхронізації</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Переглянути…</translation>
    </message>
    <message>
        <source>Calendar changes that wait for your decision</source>
        <translation>Зміни в календарі, що чекають на ваше рішення</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Виконується…</translation>
    </message>
    <message>
        <source>Your changes are stored as version {number}.</source>
        <translation>Ваші зміни збережено як версію {number}.</translation>
    </message>
    <message>
        <source>Calendar &amp;Conflicts (%1)…</source>
        <translation>&amp;Конфлікти календаря (%1)…</translation>
    </message>
    <message>
        <source>Coming in a later version of SmallCRM.</source>
        <translation>З’явиться в одній із наступних версій SmallCRM.</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Жирний (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Курсив (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Маркований список</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Нумерований список</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, - list</source>
        <translation>Markdown: **жирний**, *курсив*, - список</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
</context>
<context>
    <name>MatterFormDialog</name>
    <message>
        <source>New matter</source>
        <translation>Нова справа</translation>
    </message>
    <message>
        <source>Edit {number}</source>
        <translation>Редагувати {number}</translation>
    </message>
    <message>
        <source>e.g. Novák v. Dvořák, Tax return 2025</source>
        <translation>напр. Коваленко проти Шевченка, Податкова декларація 2025</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>Given automatically, like {example}</source>
        <translation>Присвоюється автоматично, напр. {example}</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>Н&amp;омер:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Клієнт:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Етап:</translation>
    </message>
    <message>
        <source>Who in the firm answers for it</source>
        <translation>Хто у фірмі за неї відповідає</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Відповідальний:</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <translation>&amp;Відкрито:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Не закрито</translation>
    </message>
    <message>
        <source>Cl&amp;osed:</source>
        <translation>&amp;Закрито:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter — зберегти, Esc — скасувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Enter a title for the matter.</source>
        <translation>Введіть назву справи.</translation>
    </message>
    <message>
        <source>The title is too long: at most {count} characters.</source>
        <translation>Назва задовга: щонайбільше {count} символів.</translation>
    </message>
    <message>
        <source>The matter cannot close before it opens.</source>
        <translation>Справу не можна закрити раніше, ніж її відкрито.</translation>
    </message>
    <message>
        <source>Pick the client from the list of names, or leave it empty.</source>
        <translation>Виберіть клієнта зі списку імен або залиште поле порожнім.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Виправте позначені поля.</translation>
    </message>
    <message>
        <source>The number {number} is already used by another matter.</source>
        <translation>Номер {number} уже має інша справа.</translation>
    </message>
    <message>
        <source>The matter could not be saved; see the log.</source>
        <translation>Не вдалося зберегти справу; подробиці в журналі.</translation>
    </message>
</context>
<context>
    <name>MatterPage</name>
    <message>
        <source>← &amp;Back to matters</source>
        <translation>← &amp;Назад до справ</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Назад до списку (Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>Change the title, number, stage, dates (F2)</source>
        <translation>Змінити назву, номер, етап, дати (F2)</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Перемістити до &amp;кошика</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>Conflict check</source>
        <translation>Перевірка конфлікту інтересів</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>No parties yet. Add the client, the other side and anyone else involved.</source>
        <translation>Ще немає сторін. Додайте клієнта, протилежну сторону та інших учасників.</translation>
    </message>
    <message>
        <source>&amp;Add party…</source>
        <translation>&amp;Додати сторону…</translation>
    </message>
    <message>
        <source>Open &amp;contact</source>
        <translation>Відкрити &amp;контакт</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>No open tasks for this matter. Set a reminder below to follow it up.</source>
        <translation>Немає відкритих завдань у цій справі. Нижче можна встановити нагадування.</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Позначити &amp;виконаним</translation>
    </message>
    <message>
        <source>Remind me in</source>
        <translation>Нагадати через</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Days until the reminder</source>
        <translation>Кількість днів до нагадування</translation>
    </message>
    <message>
        <source>Set &amp;reminder</source>
        <translation>Установити &amp;нагадування</translation>
    </message>
    <message>
        <source>&amp;Deadline calculator…</source>
        <translation>Ка&amp;лькулятор строків…</translation>
    </message>
    <message>
        <source>Count a deadline from a date, skipping weekends and public holidays</source>
        <translation>Обчислити строк від дати, пропускаючи вихідні та святкові дні</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Stage: {stage} ({days})</source>
        <translation>Етап: {stage} ({days})</translation>
    </message>
    <message>
        <source>Responsible: {name}</source>
        <translation>Відповідальний: {name}</translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation>Відкрито {date}</translation>
    </message>
    <message>
        <source>Closed {date}</source>
        <translation>Закрито {date}</translation>
    </message>
    <message>
        <source>{name} (in the trash)</source>
        <translation>{name} (у кошику)</translation>
    </message>
    <message>
        <source>Parties ({count})</source>
        <translation>Сторони ({count})</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Tasks ({count})</source>
        <translation>Завдання ({count})</translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation>Позначено виконаним.</translation>
    </message>
    <message>
        <source>Follow up: {matter}</source>
        <translation>Зв’язатися: {matter}</translation>
    </message>
    <message>
        <source>Reminder set for {date}.</source>
        <translation>Нагадування встановлено на {date}.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the change. The details are in the log.</source>
        <translation>Зміну зупинила неочікувана помилка. Подробиці в журналі.</translation>
    </message>
</context>
<context>
    <name>MatterPickDialog</name>
    <message>
        <source>File on matter</source>
        <translation>Прив’язати до справи</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Справа:</translation>
    </message>
    <message>
        <source>The whole &amp;conversation ({count} messages)</source>
        <translation>Усе &amp;листування (листів: {count})</translation>
    </message>
</context>
<context>
    <name>MatterSettingsDialog</name>
    <message>
        <source>Stages, types and numbers</source>
        <translation>Етапи, типи й номери</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <source>Matter types</source>
        <translation>Типи справ</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>The board shows one column per stage, in this order. Intake stages come before the firm takes a matter on; closed and declined stages end it.</source>
        <translation>Дошка має по одному стовпцю на етап, у цьому порядку. Етапи прийому передують прийняттю справи фірмою; закриті й відхилені етапи її завершують.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Показ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Стан:</translation>
    </message>
    <message>
        <source>&amp;Save stage</source>
        <translation>&amp;Зберегти етап</translation>
    </message>
    <message>
        <source>&amp;New stage</source>
        <translation>Новий &amp;етап</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Перемістити &amp;вгору</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Перемістити в&amp;низ</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архівувати</translation>
    </message>
    <message>
        <source>The kinds of work the firm does. An archived type is no longer offered; matters of that type keep it.</source>
        <translation>Види роботи, якими займається фірма. Архівований тип більше не пропонується; справи цього типу його зберігають.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Наз&amp;ва:</translation>
    </message>
    <message>
        <source>Save t&amp;ype</source>
        <translation>Зберегти &amp;тип</translation>
    </message>
    <message>
        <source>New &amp;type</source>
        <translation>Новий т&amp;ип</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Арх&amp;івувати</translation>
    </message>
    <message>
        <source>Number &amp;pattern:</source>
        <translation>&amp;Шаблон номера:</translation>
    </message>
    <message>
        <source>{year} is the year the matter opens (2026), {yy} its last two digits (26), {seq} the running number; {seq:04} writes it with four digits (0042). With the year in the pattern the running number starts anew each year. Numbers once given are never given again.</source>
        <translation>{year} — рік відкриття справи (2026), {yy} — його дві останні цифри (26), {seq} — порядковий номер; {seq:04} записує його чотирма цифрами (0042). Якщо в шаблоні є рік, нумерація щороку починається спочатку. Одного разу присвоєні номери ніколи не присвоюються повторно.</translation>
    </message>
    <message>
        <source>Save &amp;pattern</source>
        <translation>Зберегти &amp;шаблон</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архіві</translation>
    </message>
    <message>
        <source>on the board</source>
        <translation>на дошці</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>пропонується</translation>
    </message>
    <message>
        <source>&amp;Restore to the board</source>
        <translation>&amp;Повернути на дошку</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Від&amp;новити</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новий етап</translation>
    </message>
    <message>
        <source>New type</source>
        <translation>Новий тип</translation>
    </message>
    <message>
        <source>New matters will be numbered like {example}.</source>
        <translation>Нові справи матимуть номери на зразок {example}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the change. The details are in the log.</source>
        <translation>Зміну зупинила неочікувана помилка. Подробиці в журналі.</translation>
    </message>
    <message>
        <source>Matters are still in this stage. Move them to another stage first, then archive it.</source>
        <translation>На цьому етапі ще є справи. Спершу перемістіть їх на інший етап, потім архівуйте його.</translation>
    </message>
    <message>
        <source>There is already a stage of that name.</source>
        <translation>Етап із такою назвою вже існує.</translation>
    </message>
    <message>
        <source>There is already a matter type of that name.</source>
        <translation>Тип справи з такою назвою вже існує.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Введіть назву.</translation>
    </message>
    <message>
        <source>The pattern needs {seq}, the running number; for example {year}/{seq:04}.</source>
        <translation>Шаблон має містити {seq} — порядковий номер; наприклад {year}/{seq:04}.</translation>
    </message>
    <message>
        <source>The pattern has a placeholder SmallCRM does not know. Use {year}, {yy} and {seq} (or {seq:04} for four digits).</source>
        <translation>Шаблон містить заповнювач, якого SmallCRM не знає. Використовуйте {year}, {yy} і {seq} (або {seq:04} для чотирьох цифр).</translation>
    </message>
</context>
<context>
    <name>MatterTexts</name>
    <message>
        <source>Inquiry</source>
        <translation>Запит</translation>
    </message>
    <message>
        <source>Conflict check</source>
        <translation>Перевірка конфлікту інтересів</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Триває</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>Судовий спір</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Консультування</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договір</translation>
    </message>
    <message>
        <source>Tax return</source>
        <translation>Податкова декларація</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Заробітна плата</translation>
    </message>
    <message>
        <source>Bookkeeping</source>
        <translation>Бухгалтерський облік</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Opposing party</source>
        <translation>Протилежна сторона</translation>
    </message>
    <message>
        <source>Opposing counsel</source>
        <translation>Представник протилежної сторони</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свідок</translation>
    </message>
    <message>
        <source>Court or authority</source>
        <translation>Суд або орган влади</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Пов’язаний</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Прийом</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MattersTableModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Відкрито</translation>
    </message>
</context>
<context>
    <name>MattersView</name>
    <message>
        <source>No matters yet</source>
        <translation>Ще немає справ</translation>
    </message>
    <message>
        <source>Open a matter for each case or engagement: its parties, timeline, tasks and documents stay together.</source>
        <translation>Відкрийте справу для кожного провадження чи доручення: її сторони, хронологія, завдання й документи будуть разом.</translation>
    </message>
    <message>
        <source>New matter: Ctrl+Shift+N</source>
        <translation>Нова справа: Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>No matching matters</source>
        <translation>Немає відповідних справ</translation>
    </message>
    <message>
        <source>Try other filters or fewer words.</source>
        <translation>Спробуйте інші фільтри або менше слів.</translation>
    </message>
    <message>
        <source>Loading matters…</source>
        <translation>Завантаження справ…</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Filter by number, title or party</source>
        <translation>Фільтр за номером, назвою або стороною</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фільтр</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Дошка</translation>
    </message>
    <message>
        <source>Switch between the list and the board (Ctrl+Shift+B)</source>
        <translation>Перемкнути між списком і дошкою (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Stages and types…</source>
        <translation>Етапи й типи…</translation>
    </message>
    <message>
        <source>Edit the pipeline&apos;s stages, the matter types and the number pattern</source>
        <translation>Змінити етапи, типи справ і шаблон номерів</translation>
    </message>
    <message>
        <source>New matter</source>
        <translation>Нова справа</translation>
    </message>
    <message>
        <source>Open a new matter (Ctrl+Shift+N)</source>
        <translation>Відкрити нову справу (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Open matters, or one phase</source>
        <translation>Відкриті справи або один стан</translation>
    </message>
    <message>
        <source>All matters</source>
        <translation>Усі справи</translation>
    </message>
    <message>
        <source>Open matters</source>
        <translation>Відкриті справи</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Прийом</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Прийняті</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закриті</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Відхилені</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Show only matters in this stage</source>
        <translation>Показати лише справи на цьому етапі</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Show only matters of this type</source>
        <translation>Показати лише справи цього типу</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Show only the matters this person answers for</source>
        <translation>Показати лише справи, за які відповідає ця особа</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Усі етапи</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <source>Anyone responsible</source>
        <translation>Будь-хто відповідальний</translation>
    </message>
    <message>
        <source>Could not load the matters.</source>
        <translation>Не вдалося завантажити справи.</translation>
    </message>
    <message>
        <source>{shown} of {total} matters</source>
        <translation>{shown} з {total} справ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matters</source>
        <translation>
            <numerusform>%Ln справа</numerusform>
            <numerusform>%Ln справи</numerusform>
            <numerusform>%Ln справ</numerusform>
        </translation>
    </message>
    <message>
        <source>That matter is no longer there.</source>
        <translation>Цієї справи вже немає.</translation>
    </message>
    <message>
        <source>Moved to {stage}.</source>
        <translation>Переміщено на етап {stage}.</translation>
    </message>
    <message numerus="yes">
        <source>Filed %n message(s) on the matter.</source>
        <translation>
            <numerusform>До справи прив’язано %n лист.</numerusform>
            <numerusform>До справи прив’язано %n листи.</numerusform>
            <numerusform>До справи прив’язано %n листів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n matter(s) to the trash</source>
        <translation>
            <numerusform>%n справу переміщено до кошика</numerusform>
            <numerusform>%n справи переміщено до кошика</numerusform>
            <numerusform>%n справ переміщено до кошика</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n matter(s) from the trash</source>
        <translation>
            <numerusform>%n справу відновлено з кошика</numerusform>
            <numerusform>%n справи відновлено з кошика</numerusform>
            <numerusform>%n справ відновлено з кошика</numerusform>
        </translation>
    </message>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>Не вдалося; подробиці в журналі.</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Не вдалося: {reason}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>Об’єднання контактів</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation>Об’єднання організацій</translation>
    </message>
    <message>
        <source>Merge two organisations into one</source>
        <translation>Об’єднати дві організації в одну</translation>
    </message>
    <message>
        <source>Merge two contacts into one</source>
        <translation>Об’єднати два контакти в один</translation>
    </message>
    <message>
        <source>Where the two differ, choose the value to keep. E-mails, phones, addresses, web links and tags of both are all kept, and everyone working at either one works at the one kept. The merge can be undone.</source>
        <translation>Там, де записи відрізняються, виберіть значення, яке слід зберегти. Ел. пошта, телефони, адреси, вебпосилання та мітки обох записів зберігаються повністю, а кожен, хто працює в будь-якій із них, працюватиме в збереженій. Об’єднання можна скасувати.</translation>
    </message>
    <message>
        <source>Where the two differ, choose the value to keep. E-mails, phones, addresses, web links, tags and relations of both are all kept. The merge can be undone.</source>
        <translation>Там, де записи відрізняються, виберіть значення, яке слід зберегти. Ел. пошта, телефони, адреси, вебпосилання, мітки та зв’язки обох записів зберігаються повністю. Об’єднання можна скасувати.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Об’єднати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Reading both organisations…</source>
        <translation>Читання обох організацій…</translation>
    </message>
    <message>
        <source>Reading both contacts…</source>
        <translation>Читання обох контактів…</translation>
    </message>
    <message>
        <source>The two organisations could not be read: {reason}</source>
        <translation>Не вдалося прочитати організації: {reason}</translation>
    </message>
    <message>
        <source>The two contacts could not be read: {reason}</source>
        <translation>Не вдалося прочитати контакти: {reason}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Звання</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Звання після імені</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Відображуване ім’я</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Відділ</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Personal ID</source>
        <translation>Ідентифікаційний номер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правова форма</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation>Реєстраційний номер</translation>
    </message>
    <message>
        <source>Tax no.</source>
        <translation>Податковий номер</translation>
    </message>
    <message>
        <source>(a photo that cannot be shown)</source>
        <translation>(фото неможливо показати)</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Зберегти:</translation>
    </message>
    <message>
        <source>{name} (no. {id})</source>
        <translation>{name} (№ {id})</translation>
    </message>
    <message>
        <source>This record stays; the other one is merged into it and removed.</source>
        <translation>Цей запис залишиться; інший буде об’єднано з ним і вилучено.</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Зберегти {name}</translation>
    </message>
    <message>
        <source>Kept from both</source>
        <translation>Зберігається з обох</translation>
    </message>
    <message>
        <source>This photo</source>
        <translation>Це фото</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреси</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Вебсайти</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Зв’язки</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Neither has e-mails, phones, addresses or tags.</source>
        <translation>Жоден не має ел. пошти, телефонів, адрес чи міток.</translation>
    </message>
    <message>
        <source>· from the other record</source>
        <translation>· з іншого запису</translation>
    </message>
    <message>
        <source>{person}, {role}</source>
        <translation>{person}, {role}</translation>
    </message>
    <message>
        <source>{job} (until {date})</source>
        <translation>{job} (до {date})</translation>
    </message>
    <message>
        <source>{role} at {organization}</source>
        <translation>{role}, {organization}</translation>
    </message>
    <message>
        <source>works at {organization}</source>
        <translation>працює в організації {organization}</translation>
    </message>
    <message>
        <source>{role}: {person}</source>
        <translation>{role}: {person}</translation>
    </message>
    <message>
        <source>related to {person}</source>
        <translation>зв’язок з особою {person}</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Об’єднання…</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>непередбачена помилка</translation>
    </message>
    <message>
        <source>The merge did not happen ({reason}). Nothing was changed.</source>
        <translation>Об’єднання не виконано ({reason}). Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>MessagePane</name>
    <message>
        <source>From:</source>
        <translation>Від:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Копія:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Тека:</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>Справа:</translation>
    </message>
    <message>
        <source>Deleted on the server: the copy kept here stays until you remove it.</source>
        <translation>Видалено на сервері: збережена тут копія залишиться, доки ви її не видалите.</translation>
    </message>
    <message>
        <source>File on &amp;matter…</source>
        <translation>Прив’язати до &amp;справи…</translation>
    </message>
    <message>
        <source>&amp;Remove from matter</source>
        <translation>&amp;Відв’язати від справи</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <source>File as &amp;document</source>
        <translation>Додати як &amp;документ</translation>
    </message>
    <message>
        <source>Show for this &amp;message</source>
        <translation>&amp;Показати для цього листа</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Листування</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Лист</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(невідомо)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без теми)</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>непрочитаний</translation>
    </message>
    <message>
        <source>with attachments</source>
        <translation>із вкладеннями</translation>
    </message>
</context>
<context>
    <name>OrganizationView</name>
    <message>
        <source>← &amp;Back to contacts</source>
        <translation>← &amp;Назад до контактів</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Назад до списку (Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагувати</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>&amp;Remind me</source>
        <translation>&amp;Нагадати</translation>
    </message>
    <message>
        <source>Remind me to follow up in a few days</source>
        <translation>Нагадати за кілька днів</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>No people are linked to this organisation yet.</source>
        <translation>До цієї організації ще не прив’язано жодної особи.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Registry no. {n}</source>
        <translation>Реєстраційний номер {n}</translation>
    </message>
    <message>
        <source>Tax no. {n}</source>
        <translation>Податковий номер {n}</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Реквізити</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Справи</translation>
    </message>
    <message numerus="yes">
        <source>People (%n)</source>
        <translation>
            <numerusform>Особи (%n)</numerusform>
            <numerusform>Особи (%n)</numerusform>
            <numerusform>Особи (%n)</numerusform>
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
        <translation>Додати сторону</translation>
    </message>
    <message>
        <source>Start typing a person&apos;s or organisation&apos;s name</source>
        <translation>Почніть вводити ім’я особи або назву організації</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Хто:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Optional, e.g. represented by</source>
        <translation>Необов’язково, напр. кого представляє</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примітка:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>Pick the person or organisation from the list of names.</source>
        <translation>Виберіть особу або організацію зі списку імен.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Mail Password</source>
        <translation>Пароль пошти</translation>
    </message>
    <message>
        <source>SmallCRM needs the password of the mail account “%1” to sync it.</source>
        <translation>Для синхронізації поштового облікового запису «%1» SmallCRM потрібен пароль.</translation>
    </message>
    <message>
        <source>Save it in the system password store</source>
        <translation>Зберегти в системному сховищі паролів</translation>
    </message>
    <message>
        <source>Otherwise it is kept in memory only, until SmallCRM closes.</source>
        <translation>Інакше він зберігатиметься лише в пам’яті, доки SmallCRM не закриється.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронізувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Type a name to add someone</source>
        <translation>Введіть ім’я, щоб додати</translation>
    </message>
    <message>
        <source>Add a person or organisation</source>
        <translation>Додати особу або організацію</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Вилучити {name}</translation>
    </message>
</context>
<context>
    <name>PickDateDialog</name>
    <message>
        <source>Remind me on</source>
        <translation>Нагадати в день</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Move to the &amp;previous stage</source>
        <translation>Перемістити на &amp;попередній етап</translation>
    </message>
    <message>
        <source>Move to the &amp;next stage</source>
        <translation>Перемістити на &amp;наступний етап</translation>
    </message>
    <message>
        <source>&amp;Move to stage</source>
        <translation>Пере&amp;містити на етап</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>&amp;Країна за замовчуванням:</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as this country&apos;s, and its numbers are shown in the national format.</source>
        <translation>Номери телефонів, записані без коду країни, вважаються номерами цієї країни, а її номери показуються в національному форматі.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Мова інтерфейсу:</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Набуде чинності після наступного запуску.</translation>
    </message>
    <message>
        <source>System ({zone})</source>
        <translation>Як у системі ({zone})</translation>
    </message>
    <message>
        <source>Calendar time &amp;zone:</source>
        <translation>&amp;Часовий пояс календаря:</translation>
    </message>
    <message>
        <source>Events are shown in this zone; each keeps its own. Takes effect at the next start.</source>
        <translation>Події показуються в цьому поясі; кожна зберігає власний. Набуде чинності після наступного запуску.</translation>
    </message>
    <message>
        <source>For everyone using this database</source>
        <translation>Для всіх, хто користується цією базою даних</translation>
    </message>
    <message>
        <source>&amp;Alphabet of name lists:</source>
        <translation>&amp;Абетка списків імен:</translation>
    </message>
    <message>
        <source>Č after C, CH after H in Czech; Ł after L in Polish.</source>
        <translation>У чеській Č після C, CH після H; у польській Ł після L.</translation>
    </message>
    <message>
        <source>each workstation&apos;s own profile folder</source>
        <translation>власна тека профілю на кожному комп’ютері</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>&amp;Documents folder:</source>
        <translation>&amp;Тека документів:</translation>
    </message>
    <message>
        <source>With a shared database, a folder every workstation reaches by the same path (a network share). Files stored before stay where they are.</source>
        <translation>Для спільної бази даних — тека, до якої кожен комп’ютер має доступ тим самим шляхом (мережева тека). Раніше збережені файли залишаються на місці.</translation>
    </message>
    <message>
        <source>Documents folder</source>
        <translation>Тека документів</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Чехія</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словаччина</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польща</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Хорватія</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Австрія</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Німеччина</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Угорщина</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Словенія</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румунія</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Велика Британія</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ірландія</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Як у системі ({language})</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <source>same e-mail {email}</source>
        <translation>однакова ел. пошта {email}</translation>
    </message>
    <message>
        <source>but different e-mails</source>
        <translation>але різні адреси ел. пошти</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>однаковий телефон {phone}</translation>
    </message>
    <message>
        <source>but different phones</source>
        <translation>але різні телефони</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>однакове ім’я</translation>
    </message>
    <message>
        <source>similar names ({percent} %)</source>
        <translation>схожі імена ({percent} %)</translation>
    </message>
    <message>
        <source>but different names</source>
        <translation>але різні імена</translation>
    </message>
    <message>
        <source>same organisation {name}</source>
        <translation>однакова організація {name}</translation>
    </message>
    <message>
        <source>same birthday {date}</source>
        <translation>однаковий день народження {date}</translation>
    </message>
    <message>
        <source>but different birthdays {dates}</source>
        <translation>але різні дні народження {dates}</translation>
    </message>
    <message>
        <source>same registry number {number}</source>
        <translation>однаковий реєстраційний номер {number}</translation>
    </message>
    <message>
        <source>but different registry numbers {numbers}</source>
        <translation>але різні реєстраційні номери {numbers}</translation>
    </message>
    <message>
        <source>but different countries {countries}</source>
        <translation>але різні країни {countries}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Виправте позначені поля.</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>Start typing a name</source>
        <translation>Почніть вводити ім’я</translation>
    </message>
    <message>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>організація</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Change relation</source>
        <translation>Змінити зв’язок</translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation>Додати зв’язок</translation>
    </message>
    <message>
        <source>&amp;Work at an organisation</source>
        <translation>&amp;Робота в організації</translation>
    </message>
    <message>
        <source>Tie to a &amp;person</source>
        <translation>&amp;Зв’язок з особою</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Ро&amp;ль:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Date not known</source>
        <translation>Дата невідома</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Особа:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Організація:</translation>
    </message>
    <message>
        <source>Start typing a name</source>
        <translation>Почніть вводити ім’я</translation>
    </message>
    <message>
        <source>Pick one or type a new name</source>
        <translation>Виберіть зі списку або введіть нову назву</translation>
    </message>
    <message>
        <source>e.g. spouse, assistant, colleague</source>
        <translation>напр. дружина, помічник, колега</translation>
    </message>
    <message>
        <source>e.g. Partner, Tax advisor</source>
        <translation>напр. партнер, податковий консультант</translation>
    </message>
    <message>
        <source>“{name}” is not in the address book yet; it will be created.</source>
        <translation>Організації «{name}» ще немає в адресній книзі; її буде створено.</translation>
    </message>
    <message>
        <source>No person of that name.</source>
        <translation>Особу з таким ім’ям не знайдено.</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>Виберіть особу.</translation>
    </message>
    <message>
        <source>Choose or name the organisation.</source>
        <translation>Виберіть організацію або введіть її назву.</translation>
    </message>
    <message>
        <source>The relation cannot end before it begins.</source>
        <translation>Зв’язок не може закінчитися раніше, ніж почався.</translation>
    </message>
    <message>
        <source>Pick the person from the list of names.</source>
        <translation>Виберіть особу зі списку імен.</translation>
    </message>
</context>
<context>
    <name>RelationsEditor</name>
    <message>
        <source>Relations</source>
        <translation>Зв’язки</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Add relat&amp;ion…</source>
        <translation>&amp;Додати зв’язок…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Робота</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>Recorded on {name}&apos;s card.</source>
        <translation>Записано в картці контакту {name}.</translation>
    </message>
    <message>
        <source>In the trash.</source>
        <translation>У кошику.</translation>
    </message>
    <message>
        <source>Ended.</source>
        <translation>Завершено.</translation>
    </message>
    <message>
        <source>No work or personal relations recorded yet.</source>
        <translation>Ще не записано жодних робочих чи особистих зв’язків.</translation>
    </message>
    <message>
        <source>Save the person first, then add relations.</source>
        <translation>Спершу збережіть особу, потім додавайте зв’язки.</translation>
    </message>
    <message>
        <source>{since} – {until}</source>
        <translation>{since} – {until}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>від {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>An unexpected error stopped the change. The details are in the log.</source>
        <translation>Зміну перервала непередбачена помилка. Подробиці в журналі.</translation>
    </message>
</context>
<context>
    <name>RemindMenu</name>
    <message>
        <source>On a date…</source>
        <translation>У певний день…</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Через тиждень</translation>
    </message>
    <message>
        <source>In two weeks</source>
        <translation>Через два тижні</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation>
            <numerusform>Через %n день</numerusform>
            <numerusform>Через %n дні</numerusform>
            <numerusform>Через %n днів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (і ще %n)</numerusform>
            <numerusform> (і ще %n)</numerusform>
            <numerusform> (і ще %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>SmallCRM reminder</source>
        <translation>Нагадування SmallCRM</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Due reminders</source>
        <translation>Нагадування до виконання</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>&amp;Snooze 10 minutes</source>
        <translation>Від&amp;класти на 10 хвилин</translation>
    </message>
    <message>
        <source>&amp;Dismiss all</source>
        <translation>&amp;Закрити всі</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n нагадування до виконання</numerusform>
            <numerusform>%n нагадування до виконання</numerusform>
            <numerusform>%n нагадувань до виконання</numerusform>
        </translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>(missed while SmallCRM was closed)</source>
        <translation>(пропущено, поки SmallCRM був закритий)</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Організації</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Activities and notes</source>
        <translation>Активність і нотатки</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Пошук не вдався: {reason}</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ — вибір, Enter — відкрити, Esc — закрити</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>За запитом «{text}» нічого не знайдено.</translation>
    </message>
</context>
<context>
    <name>StageChart</name>
    <message>
        <source>Matters by stage</source>
        <translation>Справи за етапами</translation>
    </message>
    <message numerus="yes">
        <source>{stage}: %n open matter(s). Click to list them.</source>
        <translation>
            <numerusform>{stage}: %n відкрита справа. Клацніть, щоб переглянути список.</numerusform>
            <numerusform>{stage}: %n відкриті справи. Клацніть, щоб переглянути список.</numerusform>
            <numerusform>{stage}: %n відкритих справ. Клацніть, щоб переглянути список.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <source>%n more in the list view</source>
        <translation>
            <numerusform>ще %n у списку</numerusform>
            <numerusform>ще %n у списку</numerusform>
            <numerusform>ще %n у списку</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Every day</source>
        <translation>Щодня</translation>
    </message>
    <message>
        <source>Every working day (Mon–Fri)</source>
        <translation>Кожного робочого дня (пн–пт)</translation>
    </message>
    <message>
        <source>Every week on this weekday</source>
        <translation>Щотижня в той самий день тижня</translation>
    </message>
    <message>
        <source>Every month on this day</source>
        <translation>Щомісяця того самого числа</translation>
    </message>
    <message>
        <source>Last working day of every month</source>
        <translation>Останній робочий день кожного місяця</translation>
    </message>
    <message>
        <source>Every year on this date</source>
        <translation>Щороку в ту саму дату</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Нове завдання</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Редагувати завдання</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Що потрібно зробити</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>С&amp;трок</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Дата виконання</translation>
    </message>
    <message>
        <source>at</source>
        <translation>о</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Час виконання</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Коли:</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Пріоритет:</translation>
    </message>
    <message>
        <source>Who does it (optional)</source>
        <translation>Хто виконує (необов’язково)</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Виконавець:</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Без нагадування</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>У момент строку</translation>
    </message>
    <message>
        <source>Before the due time</source>
        <translation>Перед строком</translation>
    </message>
    <message>
        <source>How long before</source>
        <translation>За скільки</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>хвилини</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>години</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дні</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>На&amp;гадування:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторюється</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)…</source>
        <translation>Власне правило (RRULE)…</translation>
    </message>
    <message>
        <source>Repetition rule</source>
        <translation>Правило повторення</translation>
    </message>
    <message>
        <source>R&amp;epeats:</source>
        <translation>Повто&amp;рення:</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Без справи</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Справа:</translation>
    </message>
    <message>
        <source>Peop&amp;le:</source>
        <translation>&amp;Особи:</translation>
    </message>
    <message>
        <source>Details, links, what was agreed</source>
        <translation>Подробиці, посилання, домовленості</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Нотатк&amp;и:</translation>
    </message>
    <message>
        <source>Without a time, the reminder counts from 09:00 of the due day.</source>
        <translation>Якщо час не вказано, нагадування відраховується від 09:00 дня строку.</translation>
    </message>
    <message>
        <source>Type a rule, e.g. FREQ=WEEKLY;INTERVAL=2.</source>
        <translation>Введіть правило, напр. FREQ=WEEKLY;INTERVAL=2.</translation>
    </message>
    <message>
        <source>A repeating task needs a due date to repeat from.</source>
        <translation>Повторюване завдання потребує строку, від якого воно повторюватиметься.</translation>
    </message>
    <message>
        <source>The rule has no day after the due date.</source>
        <translation>Правило не дає жодного дня після строку.</translation>
    </message>
    <message>
        <source>Next: {days}</source>
        <translation>Наступні: {days}</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Завдання повинно мати назву.</translation>
    </message>
    <message>
        <source>It could not be saved; see the log.</source>
        <translation>Не вдалося зберегти; подробиці в журналі.</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Task lists</source>
        <translation>Списки завдань</translation>
    </message>
    <message>
        <source>Type a task above and press Enter.</source>
        <translation>Введіть завдання вище й натисніть Enter.</translation>
    </message>
    <message>
        <source>Loading tasks…</source>
        <translation>Завантаження завдань…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Нове завдання…</translation>
    </message>
    <message>
        <source>A task with every detail: reminder, repetition, people</source>
        <translation>Завдання з усіма подробицями: нагадування, повторення, особи</translation>
    </message>
    <message>
        <source>Add a task: “Call Novák tomorrow 14:00 !high #2026/0042”, then Enter</source>
        <translation>Додайте завдання: «Зателефонувати Коваленку завтра 14:00 !high #2026/0042», потім Enter</translation>
    </message>
    <message>
        <source>Quick add</source>
        <translation>Швидке додавання</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Майбутні</translation>
    </message>
    <message>
        <source>By matter</source>
        <translation>За справами</translation>
    </message>
    <message>
        <source>The tasks could not be loaded.</source>
        <translation>Не вдалося завантажити завдання.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>На сьогодні нічого</translation>
    </message>
    <message>
        <source>Tasks due today will be listed here.</source>
        <translation>Тут з’являться завдання зі строком на сьогодні.</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Нічого не прострочено</translation>
    </message>
    <message>
        <source>Every task is on time. Tasks past their due day show here, in red.</source>
        <translation>Усі завдання вчасно. Прострочені завдання показуються тут червоним.</translation>
    </message>
    <message>
        <source>Nothing coming up</source>
        <translation>Немає майбутніх завдань</translation>
    </message>
    <message>
        <source>Tasks due after today will be listed here.</source>
        <translation>Тут з’являться завдання зі строком після сьогоднішнього дня.</translation>
    </message>
    <message>
        <source>No open tasks</source>
        <translation>Немає відкритих завдань</translation>
    </message>
    <message>
        <source>Open tasks will be listed here, grouped by the matter they belong to.</source>
        <translation>Тут з’являться відкриті завдання, згруповані за справами, до яких вони належать.</translation>
    </message>
    <message>
        <source>Nothing done yet</source>
        <translation>Ще нічого не виконано</translation>
    </message>
    <message>
        <source>Tasks you mark done are listed here and filed on the timeline.</source>
        <translation>Тут показуються завдання, позначені виконаними; вони також потрапляють до хронології.</translation>
    </message>
    <message>
        <source>No matter</source>
        <translation>Без справи</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n завдання</numerusform>
            <numerusform>%n завдання</numerusform>
            <numerusform>%n завдань</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the matter</source>
        <translation>Двічі клацніть, щоб відкрити справу</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Учора</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Відкрити знову</translation>
    </message>
    <message>
        <source>Mark done (Space)</source>
        <translation>Позначити виконаним (пробіл)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Assignee: {name}</source>
        <translation>Виконавець: {name}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Repeats: {rule}</source>
        <translation>Повторення: {rule}</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>Ctrl+PgUp / Ctrl+PgDown to switch lists</source>
        <translation>Ctrl+PgUp / Ctrl+PgDown — перемикання списків</translation>
    </message>
    <message>
        <source>Understood: today, tomorrow, weekdays, 15.3., 14:00, !high, !low, #matter number, @name</source>
        <translation>Розпізнається: сьогодні, завтра, дні тижня англійською (напр. friday), 15.3., 14:00, !high, !low, #номер справи, @ім’я</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(ще без назви)</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Без строку</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Високий пріоритет</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Низький пріоритет</translation>
    </message>
    <message>
        <source>with {people}</source>
        <translation>з {people}</translation>
    </message>
    <message>
        <source>no matter numbered {number}</source>
        <translation>немає справи з номером {number}</translation>
    </message>
    <message>
        <source>Enter adds: {task}</source>
        <translation>Enter додасть: {task}</translation>
    </message>
    <message>
        <source>Type what is to be done first.</source>
        <translation>Спершу введіть, що потрібно зробити.</translation>
    </message>
    <message>
        <source>Added “{title}”.</source>
        <translation>Додано «{title}».</translation>
    </message>
    <message>
        <source>Marked “{title}” done.</source>
        <translation>«{title}» позначено виконаним.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n task(s) done.</source>
        <translation>
            <numerusform>%n завдання позначено виконаним.</numerusform>
            <numerusform>%n завдання позначено виконаними.</numerusform>
            <numerusform>%n завдань позначено виконаними.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next one is on the list.</source>
        <translation>Наступне вже в списку.</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n task(s).</source>
        <translation>
            <numerusform>Знову відкрито %n завдання.</numerusform>
            <numerusform>Знову відкрито %n завдання.</numerusform>
            <numerusform>Знову відкрито %n завдань.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n task(s) to the trash.</source>
        <translation>
            <numerusform>До кошика переміщено %n завдання.</numerusform>
            <numerusform>До кошика переміщено %n завдання.</numerusform>
            <numerusform>До кошика переміщено %n завдань.</numerusform>
        </translation>
    </message>
    <message>
        <source>The task was removed again.</source>
        <translation>Додавання завдання скасовано.</translation>
    </message>
    <message>
        <source>Open again; taken off the timeline.</source>
        <translation>Знову відкрито; вилучено з хронології.</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Відновлено з кошика.</translation>
    </message>
    <message>
        <source>Open the matter</source>
        <translation>Відкрити справу</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Позначити &amp;виконаним</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Відкрити &amp;знову</translation>
    </message>
    <message>
        <source>Open matter {number}</source>
        <translation>Відкрити справу {number}</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Відкрити {name}</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Перемістити до &amp;кошика</translation>
    </message>
    <message>
        <source>That did not work; the details are in the log.</source>
        <translation>Не вдалося; подробиці в журналі.</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Не вдалося: {reason}</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Incoming call</source>
        <translation>Вхідний дзвінок</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Вихідний дзвінок</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Вхідний</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Вихідний</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n год</numerusform>
            <numerusform>%n год</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} год {minutes} хв</translation>
    </message>
    <message>
        <source>matter {number}</source>
        <translation>справа {number}</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Сьогодні {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Учора {time}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. лист</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Виконане завдання</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Зміна етапу</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>No activity yet</source>
        <translation>Ще немає активності</translation>
    </message>
    <message>
        <source>Log a call or add a note, and it appears here, newest first.</source>
        <translation>Запишіть дзвінок або додайте нотатку, і вони з’являться тут, найновіші вгорі.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Записати дзвінок</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Записати зустріч</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Нагадати</translation>
    </message>
    <message>
        <source>Remind me to follow up in a few days</source>
        <translation>Нагадати за кілька днів</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Show one kind of activity</source>
        <translation>Показати лише один вид активності</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Уся активність</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Ел. листи</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Виконані завдання</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Зміни етапу</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Нічого не вибрано</translation>
    </message>
    <message>
        <source>Nothing of this kind</source>
        <translation>Нічого такого виду</translation>
    </message>
    <message>
        <source>Choose “All activity” to see everything.</source>
        <translation>Виберіть «Уся активність», щоб побачити все.</translation>
    </message>
    <message>
        <source>Could not load the timeline.</source>
        <translation>Не вдалося завантажити хронологію.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>Move to the &amp;trash</source>
        <translation>Перемістити до &amp;кошика</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Не вдалося: {reason}</translation>
    </message>
    <message>
        <source>Moved to the trash.</source>
        <translation>Переміщено до кошика.</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Відновлено з кошика.</translation>
    </message>
    <message>
        <source>Follow up: {name}</source>
        <translation>Зв’язатися: {name}</translation>
    </message>
    <message>
        <source>I will remind you on {date}.</source>
        <translation>Нагадаю {date}.</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Take the change back (Ctrl+Z)</source>
        <translation>Скасувати зміну (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>_CardDelegate</name>
    <message>
        <source>No client yet</source>
        <translation>Поки без клієнта</translation>
    </message>
</context>
<context>
    <name>_CardList</name>
    <message>
        <source>No matters in this stage. Drop a card here to move it.</source>
        <translation>На цьому етапі немає справ. Перетягніть сюди картку, щоб перемістити її.</translation>
    </message>
</context>
<context>
    <name>_LabelCombo</name>
    <message>
        <source>work</source>
        <translation>робочий</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашній</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобільний</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>_Notice</name>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>_OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation>не вказано</translation>
    </message>
</context>
<context>
    <name>_PersonPicker</name>
    <message>
        <source>Type a name to add a person</source>
        <translation>Введіть ім’я, щоб додати особу</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Додати особу</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Вулиця й номер будинку</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+420 602 123 456</source>
        <translation>+380 67 123 4567</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Вебсайт</translation>
    </message>
</context>
</TS>
