<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CatchUpDialog</name>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="232"/>
        <source>%n doses came due and nothing was recorded. Say what happened; a dose you leave is kept as missed.</source>
        <translation>
            <numerusform>%n dose came due and nothing was recorded. Say what happened; a dose you leave is kept as missed.</numerusform>
            <numerusform>%n doses came due and nothing was recorded. Say what happened; a dose you leave is kept as missed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/chat.py" line="196"/>
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="282"/>
        <source>Importing %n files…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="300"/>
        <source>Imported %n documents.</source>
        <translation>
            <numerusform>Imported %n document.</numerusform>
            <numerusform>Imported %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/insights.py" line="112"/>
        <source>&lt;b&gt;{kind}&lt;/b&gt;: average {mean} {unit} from %n reading(s).</source>
        <translation>
            <numerusform>&lt;b&gt;{kind}&lt;/b&gt;: average {mean} {unit} from %n reading.</numerusform>
            <numerusform>&lt;b&gt;{kind}&lt;/b&gt;: average {mean} {unit} from %n readings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/insights.py" line="129"/>
        <source>%n out of range.</source>
        <translation>
            <numerusform>%n out of range.</numerusform>
            <numerusform>%n out of range.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/insights.py" line="155"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MedicationsPage</name>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/medications.py" line="324"/>
        <source>%n days: {percent}%</source>
        <translation>
            <numerusform>%n day: {percent}%</numerusform>
            <numerusform>%n days: {percent}%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/medications.py" line="330"/>
        <source>%n days in a row</source>
        <translation>
            <numerusform>%n day in a row</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingsChart</name>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/charts.py" line="365"/>
        <source>%n readings</source>
        <translation>
            <numerusform>%n reading</numerusform>
            <numerusform>%n readings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/today.py" line="341"/>
        <source>%n days in a row with every dose taken</source>
        <translation>
            <numerusform>%n day in a row with every dose taken</numerusform>
            <numerusform>%n days in a row with every dose taken</numerusform>
        </translation>
    </message>
</context>
</TS>
