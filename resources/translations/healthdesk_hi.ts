<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name></name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="34"/>
        <source>SettingsRetention</source>
        <comment>Keep for ever</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="37"/>
        <source>SettingsRetention</source>
        <comment>1 year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="39"/>
        <source>SettingsRetention</source>
        <comment>{0} years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="41"/>
        <source>SettingsRetention</source>
        <comment>1 month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="42"/>
        <source>SettingsRetention</source>
        <comment>{0} months</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="48"/>
        <source>SettingsRetention</source>
        <comment>Erase older records?</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="49"/>
        <source>SettingsRetention</source>
        <comment>Keeping {what} for {period} erases {count} older ones for good, on this device, the sync server and the person&apos;s other devices, the next time the rules run (at once if you choose Apply now). Backups written before still hold them.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllergiesSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="107"/>
        <source>the allergy to {substance}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllergyBanner</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="57"/>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_appearance.py" line="14"/>
        <source>Same as this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_appearance.py" line="15"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_appearance.py" line="16"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_appearance.py" line="17"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentEditor</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="71"/>
        <source>Change appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="72"/>
        <source>Plan an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="87"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="87"/>
        <source>e.g. Diabetes review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="88"/>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="89"/>
        <source>Who you will see (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="90"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="91"/>
        <source>Clinic, address or link (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="95"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="101"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="103"/>
        <source>Visit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="107"/>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="131"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="108"/>
        <source>Questions to ask, things to bring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="118"/>
        <source>Remind me {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="125"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="126"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="127"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="128"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="129"/>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="130"/>
        <source>Type of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="132"/>
        <source>Remind me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="136"/>
        <source>Save this appointment (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="210"/>
        <source>Could not save: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="103"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="104"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="104"/>
        <source>Plan an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="106"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="107"/>
        <source>Change the selected appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="109"/>
        <source>Mark done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="110"/>
        <source>Mark it done and add visit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="112"/>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="375"/>
        <source>Cancel appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="113"/>
        <source>Mark it cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="115"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="116"/>
        <source>Delete the selected appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="117"/>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="125"/>
        <source>Calendar: days in bold have appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="134"/>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="254"/>
        <source>Showing all days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="135"/>
        <source>Show all days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="136"/>
        <source>Stop filtering by the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="141"/>
        <source>Days in bold blue have appointments. Click a day to see only that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="151"/>
        <source>Upcoming appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="152"/>
        <source>Past and closed appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="154"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="155"/>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="157"/>
        <source>Visit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="163"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="164"/>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="304"/>
        <source>Select an appointment to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="236"/>
        <source>Upcoming ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="237"/>
        <source>Past and done ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="255"/>
        <source>Showing only {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="300"/>
        <source>Past visits from imported records; they are history and are not edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="306"/>
        <source>No appointments here. Choose Add… to plan one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="320"/>
        <source>Notes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="322"/>
        <source>Visit notes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="362"/>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="362"/>
        <source>{title}: notes from the visit (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="369"/>
        <source>{title} marked as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="376"/>
        <source>Mark {title} as cancelled? It stays in the list, crossed out, and sends no more reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="386"/>
        <source>Delete appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="386"/>
        <source>Delete {title} for good?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsNeededRow</name>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="133"/>
        <source>Take now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="134"/>
        <source>Record a dose of {title} taken now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="135"/>
        <source>Take {title} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="138"/>
        <source>{title}, as needed: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistantSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="31"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="34"/>
        <source>The assistant answers from this record, offline. You can also let it ask a model you choose (a local Ollama or llama.cpp server, or a hosted one); before the first question of a conversation is sent you see exactly what leaves this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="39"/>
        <source>Use a remote or local model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="42"/>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="62"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="45"/>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="63"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="48"/>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="64"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="49"/>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="91"/>
        <source>not needed for a local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="50"/>
        <source>Replace names before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="56"/>
        <source>Save assistant settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="66"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="89"/>
        <source>a key is kept in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="24"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="28"/>
        <source>Once a day an encrypted backup is written to a folder you choose (a USB stick, a synced folder), checked after writing, and old ones rotated: 7 daily, 4 weekly and 12 monthly are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="32"/>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="55"/>
        <source>No folder chosen: no automatic backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="36"/>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="37"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="39"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="59"/>
        <source>Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="84"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaregiversDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="33"/>
        <source>Caregivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="35"/>
        <source>When a medicine&apos;s caregiver alert is on, the first person here is alerted about a dose not taken; the next one after the medicine&apos;s escalation delay, and so on down the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="41"/>
        <source>Caregivers in alert order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="44"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="46"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="54"/>
        <source>Someone with a profile here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="56"/>
        <source>or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="57"/>
        <source>Caregiver name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="59"/>
        <source>phone or e-mail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="60"/>
        <source>Caregiver contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="61"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="65"/>
        <source>Add a caregiver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="93"/>
        <source>Someone else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="131"/>
        <source>Could not save: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="228"/>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="229"/>
        <source>While HealthDesk was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="232"/>
        <source>{0} dose{1} came due and nothing was recorded. Say what happened; a dose you leave is kept as missed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatchUpRow</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="195"/>
        <source>I took it at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="196"/>
        <source>Took {title} at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="198"/>
        <source>Take now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="198"/>
        <source>Take {title} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="201"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="201"/>
        <source>Skipped {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="204"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="204"/>
        <source>Missed {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="55"/>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="65"/>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="73"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="57"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="61"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="69"/>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="75"/>
        <source>Your record stays as it is; only the lock changes. Your recovery key keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="95"/>
        <source>Type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="107"/>
        <source>Passphrase changed. Use the new one next time you unlock HealthDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <location filename="../../healthdesk/ui/chart_data.py" line="98"/>
        <source>{name}average {value}
{span}
from {0}
{1}</source>
        <extracomment>Category codes stored per point: index into this tuple (0 = no reference range). Kinds whose reference ranges compare at more decimals than the value is shown with (see ``healthdesk.domain.ranges``: HbA1c 47 mmol/mol = 6.45% must stay below 6.5%).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatBubbles</name>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_bubbles.py" line="107"/>
        <source>&lt;a href=&quot;{0}:{1}&quot;&gt;{label} {2}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_bubbles.py" line="114"/>
        <source>Open a cited item of the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="57"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="60"/>
        <location filename="../../healthdesk/ui/pages/chat.py" line="71"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="64"/>
        <source>New conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="65"/>
        <source>Start a new conversation about this person (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="74"/>
        <source>Ask the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="75"/>
        <source>Questions about this person&apos;s record, answered from the record with the sources cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="80"/>
        <location filename="../../healthdesk/ui/pages/chat.py" line="220"/>
        <source>No conversation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="83"/>
        <source>Show older messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="84"/>
        <source>Load earlier messages (or scroll to the top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="92"/>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="93"/>
        <location filename="../../healthdesk/ui/pages/chat.py" line="233"/>
        <source>Write a note… (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="97"/>
        <location filename="../../healthdesk/ui/pages/chat.py" line="381"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="98"/>
        <source>Send the note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="106"/>
        <source>Answer arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="110"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="112"/>
        <source>Stop the remote answer (the offline answer is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="222"/>
        <source>No conversations yet. Press “New conversation…” to start keeping notes about this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="224"/>
        <source>Choose a person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="231"/>
        <source>Ask about this person&apos;s record, e.g. “average BP last month” (Ctrl+Enter asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="381"/>
        <source>Answering…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="28"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="29"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="30"/>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="91"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="32"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="33"/>
        <source>Seen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="34"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="86"/>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="87"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="90"/>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="93"/>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="94"/>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="124"/>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="26"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="117"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="118"/>
        <source>ICD-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="119"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="122"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="123"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="21"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="22"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="23"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="24"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="25"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="201"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="202"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="203"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="204"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="205"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="91"/>
        <source>Vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="92"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="96"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="97"/>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="99"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="100"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="101"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="137"/>
        <source>the condition “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="40"/>
        <source>Conflicts to review</source>
        <extracomment>Emitted after a conflict was kept or restored (the record may have changed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="43"/>
        <source>When the same thing was changed on two devices before they synced, one change was kept and the other is shown here, so nothing is lost. Keep what the record says now, or restore the other value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="48"/>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="51"/>
        <source>No conflicts: every device agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="52"/>
        <source>No conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="53"/>
        <source>&amp;Keep current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="54"/>
        <source>The record stays as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="55"/>
        <source>&amp;Restore this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="56"/>
        <source>Write the value that lost back into the record; it syncs to every device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="60"/>
        <source>Conflict message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="121"/>
        <source>Kept the current value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="122"/>
        <source>Restored; it will reach your other devices with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_assistant.py" line="46"/>
        <source>Send this question to the model?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_assistant.py" line="48"/>
        <source>This is exactly what will leave this device. Names in the record are replaced unless you turned that off in Settings. Nothing else from the record is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_assistant.py" line="54"/>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_assistant.py" line="56"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_assistant.py" line="58"/>
        <source>Keep it offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="39"/>
        <source>{name} from the emergency contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="46"/>
        <source>Read “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="50"/>
        <source>HealthDesk does not know this file&apos;s layout. Say which column holds what; the readings go into {person}&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="61"/>
        <source>Kind of reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="62"/>
        <source>Date (and time) column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="63"/>
        <source>Time column, if separate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="64"/>
        <source>Value column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="65"/>
        <source>Unit column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="66"/>
        <source>Unit, if no column names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="68"/>
        <source>The first rows as they would be stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="74"/>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="75"/>
        <source>Read the whole file and count what would be imported; nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="81"/>
        <source>Remember this for the next file of this shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="87"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="170"/>
        <source>Row {0}: left out: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="176"/>
        <source>Row {0}: {1}  {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="190"/>
        <source>Reading the whole file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="211"/>
        <source>Add files from this computer (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="213"/>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="218"/>
        <source>Open it in the program your computer uses for this kind of file: this writes a decrypted copy to a private temporary folder, removed when HealthDesk quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="222"/>
        <source>Write a copy of this document to a folder you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="263"/>
        <source>the document “{title}” (its stored copy is removed from the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="272"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="273"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.txt *.dcm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="282"/>
        <source>Importing {0} file{1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="301"/>
        <source>Imported {0} document{1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="338"/>
        <source>No document selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="346"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="374"/>
        <source>Saved a copy to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="386"/>
        <source>No program on this computer opens this kind of file. Use “Save a copy…” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="390"/>
        <source>Opened a decrypted copy of {title} in another app: it was written to a private temporary folder and is removed when HealthDesk quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoseRow</name>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="70"/>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="71"/>
        <source>Record {title} as taken now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="73"/>
        <source>Take {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="75"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="76"/>
        <source>Record that you skipped this dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="77"/>
        <source>Skip {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="79"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="80"/>
        <source>Remind me again in 10, 30 or 60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="81"/>
        <source>Snooze {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="89"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="90"/>
        <source>Take back the recorded dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="91"/>
        <source>Undo {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="51"/>
        <source>Erase a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="57"/>
        <source>Person to erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="58"/>
        <source>Erase this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="87"/>
        <source>Erasing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="123"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="131"/>
        <source>What would you like to save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="155"/>
        <source>Exported files are not encrypted: keep them somewhere safe, and delete them when they are no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="157"/>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="160"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="143"/>
        <source>Error</source>
        <extracomment>Smallest body text size on every page (points): large enough to read without glasses. tone -&gt; (background, text, border); text on background passes WCAG AA contrast. reference-range category -&gt; tone (normal green, elevated amber, high orange-red, crisis/very low red, low blue, no range grey). dose state -&gt; tone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="88"/>
        <source>Welcome to HealthDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="96"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="97"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="98"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="222"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="102"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="227"/>
        <source>Next step (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="103"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="125"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="130"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="132"/>
        <source>HealthDesk keeps your health record encrypted on this computer. The passphrase locks it: you type it when you open HealthDesk. A few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="150"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="152"/>
        <source>Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="153"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="154"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="162"/>
        <source>I have written it down or saved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="165"/>
        <source>Remember on this device (no passphrase on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="167"/>
        <source>Keeps the key in this computer&apos;s secure keyring, so HealthDesk opens without the passphrase for your account on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="177"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="179"/>
        <source>If you ever forget your passphrase, this recovery key is the only way back into your record. Write it down or save it, and keep it somewhere safe, away from this computer. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="199"/>
        <source>Who is this record for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="201"/>
        <source>Start with one person: yourself, or the person you care for. You can add more people later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="212"/>
        <source>Step {0} of 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="222"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="225"/>
        <source>First confirm you kept the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="307"/>
        <source>Saved to {0}. Keep that file somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="312"/>
        <source>Save recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="313"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="318"/>
        <source>Could not save the file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="329"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="334"/>
        <source>Copied. Paste it into your password manager, then copy something else so it does not stay on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="71"/>
        <source>Progress of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="79"/>
        <source>Record progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="80"/>
        <source>Record where “{title}” stands now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="83"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="83"/>
        <source>Change “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="86"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="86"/>
        <source>Remove “{title}” and its progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="116"/>
        <source>Set a goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="116"/>
        <source>Add a new goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="118"/>
        <source>Goals follow readings (like weight) or progress you record by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="166"/>
        <source>No goals yet. A goal can be as small as “walk 20 minutes a day”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="216"/>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="217"/>
        <source>Delete the goal “{title}” and all its recorded progress?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="221"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="222"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImmunizationsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="117"/>
        <source>the {vaccine} vaccination of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsCharts</name>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="26"/>
        <source>normal range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="28"/>
        <source>{label}: {mean:g} {unit} this week ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="37"/>
        <source>Systolic BP, last 90 days: worth asking the doctor about?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="29"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="31"/>
        <source>What the last seven days show, beside the seven before. These are observations to take to a doctor, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="37"/>
        <source>Symptoms needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="38"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="40"/>
        <source>Weekly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="45"/>
        <location filename="../../healthdesk/ui/pages/insights.py" line="54"/>
        <source>The assistant&apos;s recent answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="84"/>
        <source>Choose a person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="110"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: average {mean:g} {unit} from {count} {noun} ({direction}{change}){band}; {out_of_range} out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="119"/>
        <source>&lt;b&gt;Symptoms&lt;/b&gt;: {symptoms} logged, {0} needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="124"/>
        <source>Not enough blood pressure readings and missed doses to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="127"/>
        <source>Over the last 90 days, systolic BP averaged {mean_after_missed:g} mmHg on the {days_after_missed} days after a missed dose and {mean_other:g} mmHg on {other_days} other days ({diff:+g}). Worth a question to the doctor, not a conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="33"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="36"/>
        <source>A new recovery key replaces the one you have (the old one stops working). Rotating the data key re-encrypts the whole file under a new key and gives a new recovery key too; your passphrase stays. Backups written before open with the keys of their time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="41"/>
        <source>New recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="43"/>
        <source>Rotate the data key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="47"/>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="63"/>
        <source>Re-encrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="64"/>
        <source>Making a new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../healthdesk/ui/chart_data.py" line="31"/>
        <location filename="../../healthdesk/ui/charts.py" line="37"/>
        <source>2 weeks</source>
        <extracomment>Points a line keeps after decimation: more than a chart&apos;s width in pixels. Up to this many readings in a range are plotted raw; beyond it, the per-day roll-up. Range buttons: key -&gt; (label, days back from now; None = everything).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/chart_data.py" line="31"/>
        <location filename="../../healthdesk/ui/charts.py" line="37"/>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/chart_data.py" line="32"/>
        <location filename="../../healthdesk/ui/charts.py" line="38"/>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/chart_data.py" line="33"/>
        <location filename="../../healthdesk/ui/charts.py" line="38"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="40"/>
        <source>in the last 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="40"/>
        <source>in the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="42"/>
        <source>in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="38"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="38"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="39"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="40"/>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="17"/>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="40"/>
        <source>Lab test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="41"/>
        <source>Scan or X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="43"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="28"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="54"/>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="17"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="45"/>
        <source>1 week before</source>
        <extracomment>(minutes before the start, label), largest first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="45"/>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="46"/>
        <source>2 hours before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="47"/>
        <source>30 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="47"/>
        <source>When it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="35"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="35"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="36"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="36"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="37"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="37"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="38"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="23"/>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="81"/>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="24"/>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="25"/>
        <source>Environment (pollen, dust, animals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="27"/>
        <source>Biologic (vaccine, serum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="29"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="30"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="44"/>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="30"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="44"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="31"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="43"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="32"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="42"/>
        <source>Life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="33"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="40"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="49"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="34"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="49"/>
        <source>In remission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="35"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="50"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="36"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="51"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="37"/>
        <source>Bring it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="38"/>
        <source>Bring it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="39"/>
        <source>Keep it steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="40"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="41"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="40"/>
        <source>chat messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="47"/>
        <source>Type to search names, notes, medicines, messages and documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="34"/>
        <source>Caregiver (may change the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="35"/>
        <source>Viewer (may only read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="40"/>
        <source>medicine schedule</source>
        <extracomment>What to call a table&apos;s (or FHIR resource&apos;s) rows in a summary, in the order summaries list them: (one, many). Unlisted tables (audit history, settings) are not named.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="40"/>
        <source>medicine schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="42"/>
        <source>dose record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="42"/>
        <source>dose records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="49"/>
        <source>past visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="49"/>
        <source>past visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="51"/>
        <source>symptom note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="51"/>
        <source>symptom notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="53"/>
        <source>goal update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="53"/>
        <source>goal updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="52"/>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="53"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="53"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="54"/>
        <source>Intersex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="56"/>
        <source>The two passphrases do not match. Type the same passphrase in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="13"/>
        <source>Outpatient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="14"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="15"/>
        <source>Hospital stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="16"/>
        <source>Video or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="19"/>
        <source>No past visits recorded. They arrive when a FHIR record from a clinic or hospital is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="30"/>
        <source>Planned</source>
        <extracomment>How far ahead to look for appointments already done or cancelled (they belong with the past ones, though their time has not come).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="31"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="31"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="33"/>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="155"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="85"/>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="174"/>
        <location filename="../../healthdesk/ui/readings_model.py" line="38"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="85"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="86"/>
        <source>With, where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="86"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="81"/>
        <source>How much and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="82"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="82"/>
        <source>Next dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="154"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="154"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="156"/>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="156"/>
        <source>Taken back (undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="174"/>
        <source>For the dose at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="175"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="175"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="42"/>
        <source>top number, e.g. 120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="43"/>
        <source>bottom number, e.g. 80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="44"/>
        <source>optional, e.g. 70</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="45"/>
        <source>Fasting (nothing to eat for 8 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="47"/>
        <source>After a meal (1-2 hours after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="143"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="80"/>
        <source>Add allergy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="81"/>
        <source>Medicines, foods and other things this person must not be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="83"/>
        <source>No allergies recorded. If there are none, that is worth knowing too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="112"/>
        <source>Add condition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="113"/>
        <source>Diagnoses and long-term conditions. Active ones are listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="115"/>
        <source>No conditions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="45"/>
        <source>Severity not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="184"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="186"/>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="14"/>
        <source>emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="15"/>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="16"/>
        <source>Who to call if something happens, in calling order (1 is called first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="18"/>
        <source>No emergency contacts yet. Add at least one person who can be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="195"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="196"/>
        <source>Lab reports, prescriptions, scans and letters, kept encrypted inside the record. Drag files onto the list to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="199"/>
        <source>No documents yet. Press Import… or drag files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="13"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="13"/>
        <source>Not given (declined or deferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="85"/>
        <source>Add vaccination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="86"/>
        <source>Vaccines given, newest first. When the next dose of a series has come, it says “due”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="89"/>
        <source>No vaccinations recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="66"/>
        <source>Log a symptom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="67"/>
        <source>What was felt, how bad (1 to 10), where, when it started and how long it lasted. Severity 8 or more, more than three days, or words such as “chest pain” mark an entry as needing attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="71"/>
        <source>No symptoms logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="51"/>
        <source>Blood glucose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="53"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="53"/>
        <source>kg (kilograms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="54"/>
        <source>lb (pounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="55"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="56"/>
        <source>°C (Celsius)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="57"/>
        <source>°F (Fahrenheit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="58"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="58"/>
        <source>cm (centimetres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="59"/>
        <source>in (inches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="60"/>
        <source>Cholesterol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="28"/>
        <source>Deleting a person hides them: their records stay in the file, marked deleted, so the delete can sync and a backup can bring them back. Erasing removes every record of theirs for good (readings, medicines, documents, chat, the history), zeroes the freed space and compacts the file. If you own a person shared through sync, they are erased on the server and on every other device too. Backups written before still hold them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="38"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="39"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="39"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="40"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="40"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="54"/>
        <source>Fasting</source>
        <extracomment>(background, text) per category, from the app&apos;s shared tones: light fills with dark text stay readable, and the category&apos;s name is always in the cell too (never colour alone). Strong colours for chart markers and legend dots; stage 2 is a deeper shade of the &quot;high&quot; tone so two neighbouring legend entries never share one colour.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="54"/>
        <source>Before a meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="55"/>
        <source>After a meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="56"/>
        <source>At bedtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="56"/>
        <source>Other time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="59"/>
        <source>Typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="59"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="60"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="61"/>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="201"/>
        <source>Add a new {noun}</source>
        <extracomment>Emitted on the GUI thread after the rows were (re)loaded, with the rows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="203"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="204"/>
        <source>Change the selected {noun} (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="207"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="355"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="208"/>
        <source>Remove the selected {noun} (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="349"/>
        <source>Delete {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="351"/>
        <source>Delete {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="357"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="113"/>
        <source>Reminders while locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="147"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="147"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="148"/>
        <source>Snooze 10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="150"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedReminders</name>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="79"/>
        <source>HealthDesk reminder</source>
        <extracomment>The lines now shown changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="100"/>
        <source>The answer could not be saved ({0}); unlock to record it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="35"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="35"/>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="36"/>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="37"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="38"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="38"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="39"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="39"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="78"/>
        <location filename="../../healthdesk/ui/main_window.py" line="152"/>
        <source>Current person</source>
        <extracomment>Emitted when the user locks the record (Ctrl+L or idle timeout).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="79"/>
        <location filename="../../healthdesk/ui/main_window.py" line="153"/>
        <source>Whose record (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="81"/>
        <location filename="../../healthdesk/ui/main_window.py" line="154"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="96"/>
        <location filename="../../healthdesk/ui/main_window.py" line="149"/>
        <source>{0} (Ctrl+{1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="100"/>
        <location filename="../../healthdesk/ui/main_window.py" line="157"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="113"/>
        <location filename="../../healthdesk/ui/main_window.py" line="155"/>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="138"/>
        <source>HealthDesk — demo record (passphrase: healthdesk-demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="174"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="175"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="177"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="181"/>
        <source>Switch &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="183"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="197"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationEditor</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="94"/>
        <source>Edit medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="94"/>
        <source>Add a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="114"/>
        <source>Medicine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="114"/>
        <source>e.g. Metformin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="115"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="225"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="115"/>
        <source>e.g. 500 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="117"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="226"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="120"/>
        <source>Dose amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="125"/>
        <source>Dose unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="142"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="145"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="229"/>
        <source>Prescribed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="146"/>
        <source>Doctor&apos;s name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="148"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="230"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="149"/>
        <source>e.g. with food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="155"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="156"/>
        <source>Stops on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="157"/>
        <source>Has an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="161"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="172"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="233"/>
        <source>Stock on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="173"/>
        <source>How many you have (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="174"/>
        <source>Refill reminder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="175"/>
        <source>Warn when this many are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="182"/>
        <source>If a dose is missed, take it within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="185"/>
        <source>Take it if within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="187"/>
        <source>, otherwise skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="191"/>
        <source>Alert a caregiver after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="196"/>
        <source>Caregiver alert delay in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="199"/>
        <source>then the next caregiver after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="204"/>
        <source>Next caregiver after minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="218"/>
        <source>Remind me even during quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="219"/>
        <source>For medicines that must not wait until morning, such as insulin or anti-epileptics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="222"/>
        <source>The medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="224"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="227"/>
        <source>Each dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="228"/>
        <source>How it is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="231"/>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="234"/>
        <source>Refill warning at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="235"/>
        <source>Missed dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="243"/>
        <source>Schedule in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="247"/>
        <source>In words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="257"/>
        <source>Save this medicine (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="363"/>
        <source>Enter how much to take for each dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="369"/>
        <source>Add at least one time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="372"/>
        <source>Choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="417"/>
        <source>Could not save: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationTableModel</name>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="117"/>
        <source>{0}, no set times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="121"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="123"/>
        <source>As needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="135"/>
        <source>Stock is at or below the refill warning level: order more soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Medications</name>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="57"/>
        <source>Stock not tracked: enter what you have to see when it runs out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationsModels</name>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="70"/>
        <source>Not tracked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="116"/>
        <location filename="../../healthdesk/ui/pages/medications.py" line="145"/>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="117"/>
        <source>Show stopped medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="123"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="123"/>
        <source>Add a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="125"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="125"/>
        <source>Change the selected medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="127"/>
        <location filename="../../healthdesk/ui/pages/medications.py" line="274"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="128"/>
        <source>Stop or restart the selected medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="130"/>
        <source>Record refill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="131"/>
        <source>Add a refill to the stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="133"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="134"/>
        <source>Delete the selected medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="135"/>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="137"/>
        <source>Caregivers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="137"/>
        <source>Who is alerted when a dose is not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="158"/>
        <source>No medicines yet. Choose Add… to enter the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="165"/>
        <location filename="../../healthdesk/ui/pages/medications.py" line="168"/>
        <location filename="../../healthdesk/ui/pages/medications.py" line="268"/>
        <source>Dose history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="167"/>
        <location filename="../../healthdesk/ui/pages/medications.py" line="269"/>
        <source>Select a medicine to see its doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="175"/>
        <source>Adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="179"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="180"/>
        <source>Refill soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="274"/>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="275"/>
        <source>Dose history: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="298"/>
        <source>No scheduled doses to count yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="366"/>
        <source>Delete medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="367"/>
        <source>Delete {title}? Its dose history is kept, but it will no longer appear in your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="386"/>
        <source>Record refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="387"/>
        <source>How many ({unit}) did you get for {title}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="394"/>
        <source>Refill of {qty:g} recorded for {title}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageThread</name>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_thread.py" line="43"/>
        <source>Messages</source>
        <extracomment>Emitted when the reader scrolled to the top and older messages exist.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="261"/>
        <source>At least {0} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="264"/>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="268"/>
        <source>{0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="270"/>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="296"/>
        <source>The passphrase must be at least {0} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_form_base.py" line="79"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_form_base.py" line="82"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_form_base.py" line="83"/>
        <source>Leave this date empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="183"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="199"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="186"/>
        <source>Show {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="187"/>
        <source>Show or hide what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="199"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../healthdesk/ui/pdf_preview.py" line="61"/>
        <source>PDF preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pdf_preview.py" line="78"/>
        <source>Page {0} of {page_count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pdf_preview.py" line="87"/>
        <source>The first {shown} of {page_count} pages are shown; open it in another app to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="98"/>
        <source>No document selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="104"/>
        <source>Choose a document to see it here.

You can also drag files from your computer onto the list to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="111"/>
        <source>Image preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="115"/>
        <source>Text preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="119"/>
        <source>Open in another app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="120"/>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="168"/>
        <source>This kind of file ({mime_type}) cannot be shown here.

Press “Open in another app” or “Save a copy…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="131"/>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="144"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="131"/>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="138"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="138"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="145"/>
        <source>Rename {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="159"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="317"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="318"/>
        <source>For example, Asha Rao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="320"/>
        <source>Add a date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="322"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="332"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="341"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="342"/>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="343"/>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="48"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="54"/>
        <source>People on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="63"/>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="64"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="65"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="111"/>
        <source>Remove this person&apos;s record from this device and your synced devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="113"/>
        <source>Add another person first: the record always keeps at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="132"/>
        <source>Delete {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="133"/>
        <source>Delete {0}&apos;s record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="135"/>
        <source>Everything recorded about {0} (readings, medicines, appointments, documents and messages) will be removed from this device and from your synced devices. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="138"/>
        <source>Delete {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="140"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="158"/>
        <source>{0}&apos;s record was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingEditDialog</name>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="346"/>
        <source>Edit {0} reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="359"/>
        <source>Save the changes (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingEntry</name>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="278"/>
        <source>Add a reading</source>
        <extracomment>Emitted after a reading was saved (argument: the ReadingView).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="281"/>
        <source>&amp;Save reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="282"/>
        <source>Save this reading (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="289"/>
        <source>Last saved reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="320"/>
        <source>Saved: {text} — {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingForm</name>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="75"/>
        <source>Kind of reading</source>
        <extracomment>Emitted when Enter is pressed in a text input. Emitted when the user picks another kind (argument: kind key).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="76"/>
        <source>What you measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="79"/>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="88"/>
        <source>Optional, e.g. after a walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="92"/>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="93"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="155"/>
        <source>T&amp;iming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="168"/>
        <source>When you measured: it decides which normal range applies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingsChart</name>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="110"/>
        <source>Show {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="111"/>
        <source>Show every reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="112"/>
        <source>Chart range: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="117"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="118"/>
        <source>Save this chart as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="120"/>
        <source>Preparing the chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="125"/>
        <source>Chart legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="157"/>
        <source>Chart of {0}, {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="190"/>
        <source>The chart is unavailable: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="207"/>
        <source>Readings chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="283"/>
        <source>No {0} readings {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="298"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;{1}&lt;/span&gt;&amp;nbsp;{label}&amp;nbsp;({style})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="307"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;●&lt;/span&gt;&amp;nbsp;{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="311"/>
        <source>&lt;span style=&apos;color:#43A047&apos;&gt;▬&lt;/span&gt;&amp;nbsp;shaded:&amp;nbsp;normal&amp;nbsp;range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="317"/>
        <source>Daily averages of {source_points:,} readings; the pale area spans the lowest to highest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingsModel</name>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="265"/>
        <source>Imported from: {sources}</source>
        <extracomment>Kinds in the order people reach for them; the rest follow in the domain&apos;s order. Which preference holds each kind&apos;s display unit (kinds not listed: canonical unit). Emitted after a reload or a page arrived (the page updates its &quot;n of m&quot; label). Emitted when a background read failed (argument: the error).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="75"/>
        <source>Readings could not be loaded: {exc}</source>
        <extracomment>The widest usual text of each column sizes it (&quot;&quot;: the note column takes what is left).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="83"/>
        <location filename="../../healthdesk/ui/pages/readings.py" line="85"/>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="86"/>
        <source>Add a reading, see how it compares with the normal range, and look back at earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="113"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="116"/>
        <source>Show readings of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="118"/>
        <source>Sh&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="121"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="122"/>
        <source>Change the selected reading (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="124"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="126"/>
        <source>Delete the selected reading (Delete); you can undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="139"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="140"/>
        <source>Bring the reading back (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="142"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="143"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="153"/>
        <source>Readings list, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="243"/>
        <source>No {what} yet. Add one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="246"/>
        <source>{total:,} {what} (newest first; scroll for older ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="249"/>
        <source>{total:,} {what}, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="327"/>
        <source>Reading deleted: {0} on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_form_base.py" line="158"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForms</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="54"/>
        <source>Edit allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="55"/>
        <source>Add an allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="57"/>
        <source>&amp;Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="58"/>
        <source>e.g. Penicillin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="59"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="61"/>
        <source>Se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="63"/>
        <source>&amp;Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="64"/>
        <source>e.g. hives, swelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="65"/>
        <source>&amp;Noted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="67"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="226"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="79"/>
        <source>Edit condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="80"/>
        <source>Add a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="82"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="215"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="83"/>
        <source>e.g. Type 2 diabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="84"/>
        <source>&amp;ICD-10 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="85"/>
        <source>Optional, e.g. E11.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="86"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="169"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="222"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="87"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="177"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="89"/>
        <source>Since (&amp;onset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="91"/>
        <source>&amp;Resolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="93"/>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="113"/>
        <source>Edit symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="114"/>
        <source>Log a symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="116"/>
        <source>&amp;Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="117"/>
        <source>e.g. Headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="118"/>
        <source>Se&amp;verity (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="120"/>
        <source>1 = barely noticeable, 10 = the worst you can imagine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="122"/>
        <source>Choose 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="132"/>
        <source>Started &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="136"/>
        <source>How &amp;long (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="138"/>
        <source>Optional, e.g. 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="139"/>
        <source>&amp;Where (body area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="141"/>
        <source>Optional, e.g. head, chest, lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="143"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="179"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="204"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="155"/>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="156"/>
        <source>Set a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="157"/>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="158"/>
        <source>e.g. Weight down to 80 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="161"/>
        <source>&amp;Follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="164"/>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="167"/>
        <source>St&amp;arting value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="170"/>
        <source>&amp;Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="172"/>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="173"/>
        <source>e.g. kg, steps, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="174"/>
        <source>D&amp;ue by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="198"/>
        <source>Record progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="199"/>
        <source>Where does “{title}” stand today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="202"/>
        <source>&amp;Value{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="203"/>
        <source>e.g. 82.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="212"/>
        <source>Edit emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="213"/>
        <source>Add an emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="216"/>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="218"/>
        <source>e.g. daughter, GP, neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="219"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="220"/>
        <source>e.g. +91 98400 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="221"/>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="223"/>
        <source>Call &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="225"/>
        <source>1 is called first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="237"/>
        <source>Document details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="238"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="254"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="240"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="241"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="242"/>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="243"/>
        <source>Separate tags with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="244"/>
        <source>e.g. kidney, 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="251"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="252"/>
        <source>Notes shared by everyone who cares for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="255"/>
        <source>e.g. Care notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsClinical</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="44"/>
        <source>Allergies: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsImmunizations</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="19"/>
        <source>Dose {dose_number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="26"/>
        <source>Edit vaccination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="27"/>
        <source>Add a vaccination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="29"/>
        <source>&amp;Vaccine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="30"/>
        <source>e.g. Influenza (flu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="32"/>
        <source>&amp;Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="36"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="38"/>
        <source>&amp;Dose number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="40"/>
        <source>Which dose of the series (1 for the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="42"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="44"/>
        <source>&amp;Lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="45"/>
        <source>Optional, from the vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="47"/>
        <source>S&amp;ite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="48"/>
        <source>e.g. left arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="49"/>
        <source>Given &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="50"/>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="55"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="52"/>
        <source>&amp;CVX code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="53"/>
        <source>Optional: the CDC vaccine code, e.g. 140.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="56"/>
        <source>&amp;Next dose due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="58"/>
        <source>When the next dose or booster is due; leave empty if none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="60"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="39"/>
        <location filename="../../healthdesk/ui/pages/records.py" line="41"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="60"/>
        <source>Record sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="65"/>
        <source>{0} (Alt+{1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsSymptoms</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="23"/>
        <source>very severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="46"/>
        <source>No symptoms logged in the last {SUMMARY_DAYS} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="52"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {times} · average severity {mean_severity:g}/10 · worst {max_severity}/10 · last {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="59"/>
        <source>…and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="133"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="75"/>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="75"/>
        <source>Take {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="77"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="77"/>
        <source>Skip {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="79"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="79"/>
        <source>Snooze {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="97"/>
        <source>Reminder: {title}. {body}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="108"/>
        <location filename="../../healthdesk/ui/reminders.py" line="214"/>
        <location filename="../../healthdesk/ui/reminders.py" line="250"/>
        <source>HealthDesk</source>
        <extracomment>A tick this much later than planned means the machine slept or the clock jumped. Emitted after each refresh with the notifications now shown. While the record is locked: reminders from the plan, in memory only. What the tray&apos;s &quot;Open&quot; does while locked (the lock window is raised).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="110"/>
        <source>Open HealthDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="111"/>
        <source>Show reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="114"/>
        <source>Quit HealthDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="137"/>
        <source>HealthDesk is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="138"/>
        <source>Reminders will appear here. Quit from this icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="207"/>
        <source>Answers given while locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="251"/>
        <source>{0} doses came due while HealthDesk was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="338"/>
        <source>{title}: taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="342"/>
        <source>{title}: skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="347"/>
        <source>{title}: reminding again in {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="351"/>
        <source>{title}: done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderList</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="123"/>
        <source>{extra} more on the Today page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="151"/>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="152"/>
        <source>HealthDesk reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="158"/>
        <source>Open HealthDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="37"/>
        <source>&amp;Visit summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="38"/>
        <source>A PDF of this person&apos;s record for a doctor: the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="41"/>
        <source>Emergency &amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="42"/>
        <source>A wallet-size card with allergies, medicines and contacts, and a QR code of the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="54"/>
        <source>Choose a person first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="55"/>
        <source>Add or choose a person, then make the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="69"/>
        <source>Save the visit summary as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="70"/>
        <source>Visit summary {0} {today}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="72"/>
        <source>Saved the visit summary of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="79"/>
        <source>Save the emergency card as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="79"/>
        <source>Emergency card {0}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="82"/>
        <source>Saved the emergency card of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="106"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="107"/>
        <source>The PDF was not saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="47"/>
        <source>Made {0}. People: {people}. Holds {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="162"/>
        <source>Replace the record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="163"/>
        <source>{summary}

Replace the record on this device with this backup? The current record is kept beside it, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="174"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="175"/>
        <source>See what a backup holds, then put it in place of this record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="56"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="60"/>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="81"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="61"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="65"/>
        <source>The backup&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="66"/>
        <source>Show what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="68"/>
        <source>Choose a backup and enter the passphrase it was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="70"/>
        <source>What the backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="71"/>
        <source>Restoring replaces the record on this device with the backup&apos;s. The current record is kept beside it, renamed, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="76"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="83"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="104"/>
        <source>Reading the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="127"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="144"/>
        <source>Nothing was restored: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="61"/>
        <source>Keep records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="66"/>
        <source>Older records of the kinds below can be erased automatically: on start, once a day, and after a sync. What goes is erased for good, on every device that holds this person and on the sync server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="73"/>
        <source>Apply now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="108"/>
        <source>Keep {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="128"/>
        <source>Older to erase: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="144"/>
        <source>The rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="156"/>
        <source>Records erased: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionTimer</name>
    <message>
        <location filename="../../healthdesk/ui/retention_timer.py" line="37"/>
        <source>Older records erased by the rules in Settings ▸ Keep records: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/retention_timer.py" line="43"/>
        <source>The retention rules could not run: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="71"/>
        <source>When to take it</source>
        <extracomment>Emitted whenever any choice changes, so the dialog can re-word its summary.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="78"/>
        <source>At set times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="79"/>
        <source>As needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="91"/>
        <source>Times of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="93"/>
        <source>Add a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="94"/>
        <source>Add another time of day (up to 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="101"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="102"/>
        <source>On these days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="103"/>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="119"/>
        <source>Every how many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="130"/>
        <source>Which days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="143"/>
        <source>Minimum time between doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="147"/>
        <source>Most doses a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="148"/>
        <source>At least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="150"/>
        <source>between doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="151"/>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="153"/>
        <source>doses a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="157"/>
        <source>Keep home time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="158"/>
        <source>Follow my current time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="166"/>
        <source>When you travel: keep taking it at home times, or at the same clock time wherever you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="227"/>
        <source>Keep home time zone ({home})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="229"/>
        <source>Follow my current time zone{here}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="134"/>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="137"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="138"/>
        <source>Search the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="139"/>
        <source>Search ({0}). Up and Down choose a result, Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="147"/>
        <source>Only the current person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="149"/>
        <source>Search only the current person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="151"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="160"/>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="204"/>
        <source>Only {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="275"/>
        <source>Nothing found for “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="277"/>
        <source>Showing the best {0} results. Type more words to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="280"/>
        <source>1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="281"/>
        <source>{0} results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="282"/>
        <source>{0}. Press Enter to open the highlighted one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="35"/>
        <source>Set-aside changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="39"/>
        <source>Changes from the server not applied here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="42"/>
        <source>Changes from this device refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="44"/>
        <source>&amp;Send refused changes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="48"/>
        <source>Set-aside message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="53"/>
        <source>From the server, not applied here (tried again with every sync; they leave this list once they apply):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="58"/>
        <source>From this device, refused by the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="77"/>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="85"/>
        <source>{0} refused change(s) will be sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsKeys</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="25"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="26"/>
        <source>The store&apos;s passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="86"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="159"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="160"/>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="162"/>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="163"/>
        <source>Lock HealthDesk now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="165"/>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="167"/>
        <source>Open HealthDesk without the passphrase on this computer. The key is kept in the computer&apos;s secure keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="173"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="174"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="176"/>
        <source>Lock after minutes idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="186"/>
        <source>Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="192"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="197"/>
        <source>{0} unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="203"/>
        <source>{0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="209"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="211"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="220"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="223"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="227"/>
        <source>The window changes language at once; what you have typed stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="232"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="234"/>
        <source>Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="236"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="243"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="244"/>
        <source>No quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="245"/>
        <source>During quiet hours reminders are shown without a sound or a pop-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="250"/>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="251"/>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="261"/>
        <source>Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="262"/>
        <source>When the window is closed, HealthDesk stays in the tray so reminders still appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="264"/>
        <source>Reminders still appear after the window is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="269"/>
        <source>Start HealthDesk when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="270"/>
        <source>So reminders are on from the start of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="276"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="278"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="282"/>
        <source>Quiet hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="297"/>
        <source>Could not change the start-up entry: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="304"/>
        <source>HealthDesk will start when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="305"/>
        <source>HealthDesk will not start at log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="342"/>
        <source>{0} (translation not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="450"/>
        <source>This computer will open HealthDesk without the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="451"/>
        <source>The passphrase will be asked for on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPrivacy</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="39"/>
        <source>Erase for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="40"/>
        <source>Erase {name} and every record of theirs from this device (and, if you own them, from the sync server and every other device)? This cannot be undone; backups written before still hold them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="42"/>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="46"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="47"/>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="94"/>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="48"/>
        <source>&amp;Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="51"/>
        <source>Sharing message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="66"/>
        <source>People with access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="70"/>
        <source>Role for the invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="71"/>
        <source>Create &amp;invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="75"/>
        <source>Invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="76"/>
        <source>&amp;Remove access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="82"/>
        <source>Who can open this person&apos;s record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="92"/>
        <source>ABCD-EFGH-JKLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="93"/>
        <source>Invite code to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="97"/>
        <source>Someone shared a record with you? Enter the code they gave you; the record arrives with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="109"/>
        <source>Signed-in devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="110"/>
        <source>&amp;Sign that device out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="113"/>
        <source>Devices signed in to this account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="140"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="152"/>
        <source>Give this code to the person you invite ({0}); it works once, until {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="163"/>
        <source>Joined as {0}. Syncing now brings the record here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="172"/>
        <source>Choose whose access to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="177"/>
        <source>{0} no longer has access; their devices remove the record at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="186"/>
        <source>Choose a device to sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="191"/>
        <source>That device is signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="31"/>
        <source>Sign in to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="37"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="39"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="42"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="44"/>
        <source>This device&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="46"/>
        <source>only for a server with its own certificate: its SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="48"/>
        <source>Certificate fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="50"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="51"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="52"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="53"/>
        <source>&amp;Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="54"/>
        <source>Certificate &amp;fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="57"/>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="59"/>
        <source>Your records stay encrypted on this device; the server keeps a copy for your other devices and the people you share with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="65"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="81"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../healthdesk/app/start.py" line="43"/>
        <source>Building a demo record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/app/start.py" line="46"/>
        <source>HealthDesk demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <location filename="../../healthdesk/ui/strength.py" line="129"/>
        <source>Use at least {MIN_LENGTH} characters. A few unrelated words make a passphrase that is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/strength.py" line="133"/>
        <source>This is one of the most common passwords and is guessed first. Choose something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/strength.py" line="140"/>
        <source>Too short: add {more} (at least {MIN_LENGTH}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="220"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="240"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="240"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="240"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="241"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="242"/>
        <source>Strength: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="76"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="77"/>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="78"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="80"/>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="81"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="82"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="84"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="95"/>
        <source>Last {SUMMARY_DAYS} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="99"/>
        <source>Symptoms in the last {SUMMARY_DAYS} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="123"/>
        <source>“{symptom}” logged {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="47"/>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="49"/>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="50"/>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="52"/>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="53"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="54"/>
        <source>S&amp;haring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="55"/>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="57"/>
        <source>&amp;Retry refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="59"/>
        <source>Set-&amp;aside changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="61"/>
        <source>S&amp;top sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="97"/>
        <location filename="../../healthdesk/ui/sync_menu.py" line="139"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="150"/>
        <source>Stopping sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="159"/>
        <source>Synced: sent {0}, received {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="203"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeRow</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="51"/>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="53"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="54"/>
        <source>Remove this time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="59"/>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="60"/>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="61"/>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="100"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="102"/>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="113"/>
        <source>Doses today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="116"/>
        <source>When needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="119"/>
        <source>Doses taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="123"/>
        <source>Doses taken this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="131"/>
        <source>Alerts for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="136"/>
        <source>Running low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="139"/>
        <source>Symptoms that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="149"/>
        <source>Next appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="152"/>
        <source>Latest readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="191"/>
        <source>Add a person in Settings to start their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="219"/>
        <source>Could not load today&apos;s summary: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="229"/>
        <source>No doses scheduled today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="267"/>
        <source>No appointments planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="289"/>
        <source>No readings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="318"/>
        <source>No scheduled doses to count yet this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="322"/>
        <source>{taken} of {scheduled} doses taken in the last 7 days ({percent}%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="332"/>
        <source>{days} days: {p}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="358"/>
        <source>Refill soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="379"/>
        <source>{person_name} has not taken {medication_title} (due {when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="383"/>
        <source>I&apos;m on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="384"/>
        <source>Acknowledge: the next caregiver will not be alerted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="385"/>
        <source>Acknowledge the alert about {person_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="388"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="398"/>
        <source>Alert acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="415"/>
        <location filename="../../healthdesk/ui/pages/today.py" line="447"/>
        <source>{title} recorded as taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="418"/>
        <source>{title} recorded as skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="422"/>
        <source>{title} snoozed for {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="431"/>
        <source>{title}: the recorded dose was taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="439"/>
        <source>Check before taking {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="195"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="196"/>
        <source>Add readings or records from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="197"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="198"/>
        <source>Save the record, or one person&apos;s part, to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="199"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="200"/>
        <source>Save an encrypted copy of the whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="202"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="267"/>
        <source>{0} not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="323"/>
        <source>Choose a person first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="324"/>
        <source>A file of readings goes into one person&apos;s record. Add or choose a person first, then import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="331"/>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="334"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="341"/>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="359"/>
        <source>Importing {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="393"/>
        <source>Exporting to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="410"/>
        <source>Backing up the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferJobs</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="182"/>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="205"/>
        <source>Reading {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="219"/>
        <source>Checking and saving the readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="236"/>
        <source>Checking and saving everything in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="258"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="278"/>
        <source>HealthDesk {who}{what} {0}{suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="295"/>
        <source>Collecting the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="311"/>
        <source>Saving {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="316"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="317"/>
        <source>Exported to {name}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="329"/>
        <source>Preparing the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="330"/>
        <source>Copying the encrypted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="335"/>
        <source>Backup finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="336"/>
        <source>Backed up to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="346"/>
        <source>The {verb} could not be finished: {0}{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="349"/>
        <source>The {verb} could not be finished ({0}: {exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="356"/>
        <source>The {verb} was stopped; {nothing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="358"/>
        <source>{0} stopped; {nothing}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferProgress</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="73"/>
        <source>Starting…</source>
        <extracomment>Emitted when the person asks to stop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="75"/>
        <source>What is happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="81"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="82"/>
        <source>Stop (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="100"/>
        <source>This step cannot be stopped once started; it will finish shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="107"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <location filename="../../healthdesk/ui/context.py" line="69"/>
        <source>Not saved</source>
        <extracomment>Emitted after the current profile changed (argument: profile id or &quot;&quot;). Emitted after an op committed changes: (Changes, initiator or None). Emitted when a page asks to show a transient message in the status bar. Emitted when a network op failed and nobody handled it: the sync status line shows the sentence. Emitted when something wants a sync round soon (sharing changed who sees what).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/context.py" line="70"/>
        <source>{0} was not saved: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="87"/>
        <source>HealthDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="87"/>
        <source>Unlock HealthDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="105"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="109"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="110"/>
        <source>Unlock (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="112"/>
        <source>Use recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="118"/>
        <source>Forgot the passphrase? Set a new one with the recovery key you saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="121"/>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="161"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="122"/>
        <source>Close HealthDesk (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="124"/>
        <source>Your record was locked to keep it private. Type your passphrase to continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="126"/>
        <source>Type your passphrase to open your health record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="128"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="147"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="148"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="151"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="155"/>
        <source>Reset and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="156"/>
        <source>Set the new passphrase and open the record (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="159"/>
        <source>Back to passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="164"/>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="176"/>
        <source>Set a new passphrase with your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="178"/>
        <source>Type the recovery key you saved when you created the record (capitals, spaces and dashes do not matter), then choose a new passphrase. Your record stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="222"/>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="243"/>
        <source>That passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="257"/>
        <source>Type the recovery key first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockFields</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="67"/>
        <source>&lt;span style=&quot;font-size:{size}; font-weight:600&quot;&gt;{0}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="119"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWizard</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="55"/>
        <source>HealthDesk recovery key
=======================

Recovery key: {key}

Created: {day}
Record folder: {data_dir}

If you forget your passphrase, choose &quot;Use recovery key...&quot; on the unlock
screen and type this key. Keep this paper somewhere safe, away from the
computer. Anyone with this key and your computer can open your health record.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitHistory</name>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="41"/>
        <source>Past visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyAdherenceChart</name>
    <message>
        <location filename="../../healthdesk/ui/adherence_chart.py" line="27"/>
        <source>Adherence by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/adherence_chart.py" line="53"/>
        <source>No doses due yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/adherence_chart.py" line="64"/>
        <source>00 Mmm </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="316"/>
        <source>Today {local:%H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="318"/>
        <source>Tomorrow {local:%H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="321"/>
        <source>Yesterday {local:%H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="38"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="40"/>
        <source>Close without changing anything (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
