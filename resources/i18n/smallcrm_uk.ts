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
    <name>ContactDetailPane</name>
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
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>No e-mail, phone or address recorded yet.</source>
        <translation>Ще не вказано ні ел. пошти, ні телефону, ні адреси.</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
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
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Фільтр за іменем</translation>
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
        <source>Today&apos;s tasks, deadlines and recent activity will appear here.</source>
        <translation>Тут з’являться сьогоднішні завдання, строки й остання активність.</translation>
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
        <source>Your cases and engagements will appear here: parties, timeline, deadlines and documents for each matter.</source>
        <translation>Тут з’являться ваші справи й доручення: сторони, хронологія, строки та документи кожної справи.</translation>
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
        <source>Working…</source>
        <translation>Виконується…</translation>
    </message>
    <message>
        <source>Coming in a later version of SmallCRM.</source>
        <translation>З’явиться в одній із наступних версій SmallCRM.</translation>
    </message>
    <message>
        <source>Adding contacts by hand comes in a later version; import is on its way.</source>
        <translation>Додавання контактів вручну з’явиться в наступній версії; імпорт уже готується.</translation>
    </message>
</context>
</TS>
