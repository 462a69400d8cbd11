<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>es::ApiError</name>
    <message numerus="yes">
        <source>Wait %n s and try again; other apps using this account share the same limit.</source>
        <translation>
            <numerusform>Wait %n s and try again; other apps using this account share the same limit.</numerusform>
            <numerusform>Wait %n s and try again; other apps using this account share the same limit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::CountText</name>
    <message numerus="yes">
        <source>About %1 in %n %2 files inside one zip (HubSpot splits at %3 rows a file)</source>
        <extracomment>%1 a size (&quot;12.5 MB&quot;), %2 the format, %3 the rows per file</extracomment>
        <translation>
            <numerusform>About %1 in %n %2 file inside one zip (HubSpot splits at %3 rows a file)</numerusform>
            <numerusform>About %1 in %n %2 files inside one zip (HubSpot splits at %3 rows a file)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>XLS holds %1 rows a file; XLSX would arrive as %n file(s). Choose XLSX on the Output page.</source>
        <translation>
            <numerusform>XLS holds %1 rows a file; XLSX would arrive as %n file. Choose XLSX on the Output page.</numerusform>
            <numerusform>XLS holds %1 rows a file; XLSX would arrive as %n files. Choose XLSX on the Output page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::DownloadTask</name>
    <message numerus="yes">
        <source>%1 Gave up after %n attempts; the part already downloaded is kept, resume later.</source>
        <extracomment>%1 is what went wrong (a whole sentence)</extracomment>
        <translation>
            <numerusform>%1 Gave up after %n attempt; the part already downloaded is kept, resume later.</numerusform>
            <numerusform>%1 Gave up after %n attempts; the part already downloaded is kept, resume later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ExportQueue</name>
    <message numerus="yes">
        <source>%n export(s) ahead in this account&apos;s queue</source>
        <translation>
            <numerusform>%n export ahead in this account&apos;s queue</numerusform>
            <numerusform>%n exports ahead in this account&apos;s queue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ExportStatus</name>
    <message numerus="yes">
        <source>HubSpot reported %n error(s): %1</source>
        <extracomment>%1: HubSpot&apos;s error messages, separated by semicolons</extracomment>
        <translation>
            <numerusform>HubSpot reported %n error: %1</numerusform>
            <numerusform>HubSpot reported %n errors: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HubSpot reported %n error(s) without details.</source>
        <translation>
            <numerusform>HubSpot reported %n error without details.</numerusform>
            <numerusform>HubSpot reported %n errors without details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::OutputPage</name>
    <message numerus="yes">
        <source> and %n more</source>
        <extracomment>The column preview goes on: %n how many more columns</extracomment>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::PlanText</name>
    <message numerus="yes">
        <source>%n slot(s) free up %1 at %2</source>
        <extracomment>Quota tooltip: %n how many spent slots, %1 &quot;today&quot;/&quot;tomorrow&quot;/a date, %2 the times (&quot;14:05, 14:20 and 14:35&quot;)</extracomment>
        <translation>
            <numerusform>%n slot frees up %1 at %2</numerusform>
            <numerusform>%n slots free up %1 at %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) free up %1:</source>
        <translation>
            <numerusform>%n slot frees up %1:</numerusform>
            <numerusform>%n slots free up %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n between %1 and %2</source>
        <extracomment>Quota tooltip, one hour: %n how many slots free up in it, %1 and %2 its start and end</extracomment>
        <translation>
            <numerusform>%n between %1 and %2</numerusform>
            <numerusform>%n between %1 and %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::PropertyDefinitionsSaver</name>
    <message numerus="yes">
        <source>Saved %n property definitions of %1 to %2.</source>
        <translation>
            <numerusform>Saved %n property definition of %1 to %2.</numerusform>
            <numerusform>Saved %n property definitions of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::PropertyPicker</name>
    <message numerus="yes">
        <source>%n properties</source>
        <translation>
            <numerusform>%n property</numerusform>
            <numerusform>%n properties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ReviewPage</name>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::Schedule</name>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ScheduleEditor</name>
    <message numerus="yes">
        <source>The scheduled presets need %1 of the %2 exports HubSpot allows a day. %n run(s) in the next 24 hours:</source>
        <extracomment>%1 exports the schedules need a day at most, %2 the daily limit (30)</extracomment>
        <translation>
            <numerusform>The scheduled presets need %1 of the %2 exports HubSpot allows a day. %n run in the next 24 hours:</numerusform>
            <numerusform>The scheduled presets need %1 of the %2 exports HubSpot allows a day. %n runs in the next 24 hours:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::Validation</name>
    <message numerus="yes">
        <source>%n filter groups are more than the %1 allowed. Merge or remove groups, or raise the limit in the settings if your account allows more.</source>
        <translation>
            <numerusform>%n filter group is more than the %1 allowed. Merge or remove groups, or raise the limit in the settings if your account allows more.</numerusform>
            <numerusform>%n filter groups are more than the %1 allowed. Merge or remove groups, or raise the limit in the settings if your account allows more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filter group %1 has %n filters, more than the %2 allowed. Remove filters or split the group.</source>
        <translation>
            <numerusform>Filter group %1 has %n filter, more than the %2 allowed. Remove filters or split the group.</numerusform>
            <numerusform>Filter group %1 has %n filters, more than the %2 allowed. Remove filters or split the group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sort rules given, but HubSpot sorts by one property only. Keep one sort rule.</source>
        <translation>
            <numerusform>%n sort rule given, but HubSpot sorts by one property only. Keep one sort rule.</numerusform>
            <numerusform>%n sort rules given, but HubSpot sorts by one property only. Keep one sort rule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search text has %n characters; HubSpot accepts at most %1. Shorten it.</source>
        <translation>
            <numerusform>The search text has %n character; HubSpot accepts at most %1. Shorten it.</numerusform>
            <numerusform>The search text has %n characters; HubSpot accepts at most %1. Shorten it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export name has %n characters; at most %1 are allowed. Shorten it.</source>
        <translation>
            <numerusform>The export name has %n character; at most %1 are allowed. Shorten it.</numerusform>
            <numerusform>The export name has %n characters; at most %1 are allowed. Shorten it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n associated object types are selected; HubSpot allows at most %1 per export. Remove some.</source>
        <translation>
            <numerusform>%n associated object type is selected; HubSpot allows at most %1 per export. Remove it.</numerusform>
            <numerusform>%n associated object types are selected; HubSpot allows at most %1 per export. Remove some.</numerusform>
        </translation>
    </message>
</context>
</TS>
