<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta_IN">
<context>
    <name>AllergiesSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="108"/>
        <source>the allergy to {substance}</source>
        <translation>{substance} ஒவ்வாமை</translation>
    </message>
</context>
<context>
    <name>AllergyBanner</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="58"/>
        <source>Allergies</source>
        <translation>ஒவ்வாமைகள்</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_appearance.py" line="14"/>
        <source>Same as this computer</source>
        <translation>இந்தக் கணினியைப் போலவே</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_appearance.py" line="15"/>
        <source>Light</source>
        <translation>வெளிர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_appearance.py" line="16"/>
        <source>Dark</source>
        <translation>இருண்ட</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_appearance.py" line="17"/>
        <source>High contrast</source>
        <translation>அதிக வேறுபாடு</translation>
    </message>
</context>
<context>
    <name>AppointmentEditor</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="77"/>
        <source>Change appointment</source>
        <translation>சந்திப்பை மாற்று</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="78"/>
        <source>Plan an appointment</source>
        <translation>சந்திப்பைத் திட்டமிடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="93"/>
        <source>Title</source>
        <translation>தலைப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="93"/>
        <source>e.g. Diabetes review</source>
        <translation>எ.கா. நீரிழிவு மறுஆய்வு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="94"/>
        <source>Clinician</source>
        <translation>மருத்துவர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="95"/>
        <source>Who you will see (optional)</source>
        <translation>யாரைச் சந்திப்பீர்கள் (விருப்பம்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="96"/>
        <source>Place</source>
        <translation>இடம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="97"/>
        <source>Clinic, address or link (optional)</source>
        <translation>கிளினிக், முகவரி அல்லது இணைப்பு (விருப்பம்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="101"/>
        <source>Date and time</source>
        <translation>தேதியும் நேரமும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="105"/>
        <source> minutes</source>
        <translation> நிமிடங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="107"/>
        <source>Duration</source>
        <translation>கால அளவு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="109"/>
        <source>Visit type</source>
        <translation>வருகையின் வகை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="113"/>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="141"/>
        <source>Notes</source>
        <translation>குறிப்புகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="114"/>
        <source>Questions to ask, things to bring…</source>
        <translation>கேட்க வேண்டிய கேள்விகள், கொண்டுசெல்ல வேண்டியவை…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="124"/>
        <source>Remind me {0}</source>
        <translation>எனக்கு {0} நினைவூட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="135"/>
        <source>What</source>
        <translation>என்ன</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="136"/>
        <source>With</source>
        <translation>யாருடன்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="137"/>
        <source>Where</source>
        <translation>எங்கே</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="138"/>
        <source>When</source>
        <translation>எப்போது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="139"/>
        <source>How long</source>
        <translation>எவ்வளவு நேரம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="140"/>
        <source>Type of visit</source>
        <translation>வருகையின் வகை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="142"/>
        <source>Remind me</source>
        <translation>எனக்கு நினைவூட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="146"/>
        <source>Save this appointment (Ctrl+S)</source>
        <translation>இந்தச் சந்திப்பைச் சேமி (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="220"/>
        <source>Could not save: {exc}</source>
        <translation>சேமிக்க முடியவில்லை: {exc}</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="103"/>
        <source>Appointments</source>
        <translation>சந்திப்புகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="104"/>
        <source>Add…</source>
        <translation>சேர்…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="104"/>
        <source>Plan an appointment</source>
        <translation>சந்திப்பைத் திட்டமிடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="106"/>
        <source>Edit…</source>
        <translation>திருத்து…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="107"/>
        <source>Change the selected appointment</source>
        <translation>தேர்ந்தெடுத்த சந்திப்பை மாற்று</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="109"/>
        <source>Mark done…</source>
        <translation>முடிந்ததாகக் குறி…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="110"/>
        <source>Mark it done and add visit notes</source>
        <translation>முடிந்ததாகக் குறித்து வருகைக் குறிப்புகளைச் சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="112"/>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="376"/>
        <source>Cancel appointment</source>
        <translation>சந்திப்பை ரத்துசெய்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="113"/>
        <source>Mark it cancelled</source>
        <translation>ரத்தானதாகக் குறி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="115"/>
        <source>Delete…</source>
        <translation>நீக்கு…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="116"/>
        <source>Delete the selected appointment</source>
        <translation>தேர்ந்தெடுத்த சந்திப்பை நீக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="117"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="125"/>
        <source>Calendar: days in bold have appointments</source>
        <translation>நாள்காட்டி: தடித்த எழுத்து நாட்களில் சந்திப்புகள் உள்ளன</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="134"/>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="255"/>
        <source>Showing all days.</source>
        <translation>எல்லா நாட்களும் காட்டப்படுகின்றன.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="135"/>
        <source>Show all days</source>
        <translation>எல்லா நாட்களையும் காட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="136"/>
        <source>Stop filtering by the chosen day</source>
        <translation>தேர்ந்தெடுத்த நாள் வடிகட்டியை நீக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="141"/>
        <source>Days in bold blue have appointments. Click a day to see only that day.</source>
        <translation>தடித்த நீல நாட்களில் சந்திப்புகள் உள்ளன. அந்த நாளை மட்டும் பார்க்க அதைக் கிளிக் செய்யுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="152"/>
        <source>Upcoming appointments</source>
        <translation>வரவிருக்கும் சந்திப்புகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="153"/>
        <source>Past and closed appointments</source>
        <translation>கடந்த மற்றும் முடிந்த சந்திப்புகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="155"/>
        <source>Upcoming</source>
        <translation>வரவிருப்பவை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="156"/>
        <source>Past</source>
        <translation>கடந்தவை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="158"/>
        <source>Visit history</source>
        <translation>வருகை வரலாறு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="164"/>
        <source>Details</source>
        <translation>விவரங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="165"/>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="305"/>
        <source>Select an appointment to see its details.</source>
        <translation>விவரங்களைப் பார்க்க ஒரு சந்திப்பைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="237"/>
        <source>Upcoming ({0})</source>
        <translation>வரவிருப்பவை ({0})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="238"/>
        <source>Past and done ({0})</source>
        <translation>கடந்தவை, முடிந்தவை ({0})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="256"/>
        <source>Showing only {0}.</source>
        <translation>{0} மட்டும் காட்டப்படுகிறது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="301"/>
        <source>Past visits from imported records; they are history and are not edited here.</source>
        <translation>இறக்குமதி செய்த பதிவுகளின் கடந்த வருகைகள்; இவை வரலாறு, இங்கே திருத்தப்படாது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="307"/>
        <source>No appointments here. Choose Add… to plan one.</source>
        <translation>இங்கே சந்திப்புகள் இல்லை. திட்டமிட சேர்… ஐத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="321"/>
        <source>Notes: {0}</source>
        <translation>குறிப்புகள்: {0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="323"/>
        <source>Visit notes: {0}</source>
        <translation>வருகைக் குறிப்புகள்: {0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="363"/>
        <source>Mark as done</source>
        <translation>முடிந்ததாகக் குறி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="363"/>
        <source>{title}: notes from the visit (optional)</source>
        <translation>{title}: வருகைக் குறிப்புகள் (விருப்பம்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="370"/>
        <source>{title} marked as done.</source>
        <translation>{title} முடிந்ததாகக் குறிக்கப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="377"/>
        <source>Mark {title} as cancelled? It stays in the list, crossed out, and sends no more reminders.</source>
        <translation>{title} ஐ ரத்தானதாகக் குறிக்கவா? அது பட்டியலில் அடித்தபடி இருக்கும், இனி நினைவூட்டல்கள் அனுப்பாது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="387"/>
        <source>Delete appointment</source>
        <translation>சந்திப்பை நீக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="387"/>
        <source>Delete {title} for good?</source>
        <translation>{title} ஐ நிரந்தரமாக நீக்கவா?</translation>
    </message>
</context>
<context>
    <name>AsNeededRow</name>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="133"/>
        <source>Take now</source>
        <translation>இப்போது எடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="134"/>
        <source>Record a dose of {title} taken now</source>
        <translation>இப்போது எடுத்த {title} டோஸைப் பதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="135"/>
        <source>Take {title} now</source>
        <translation>{title} இப்போது எடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="138"/>
        <source>{title}, as needed: {count}</source>
        <translation>{title}, தேவைப்படும்போது: {count}</translation>
    </message>
</context>
<context>
    <name>AssistantSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="31"/>
        <source>Assistant</source>
        <translation>உதவியாளர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="34"/>
        <source>The assistant answers from this record, offline. You can also let it ask a model you choose (a local Ollama or llama.cpp server, or a hosted one); before the first question of a conversation is sent you see exactly what leaves this device.</source>
        <translation>உதவியாளர் இந்தப் பதிவிலிருந்து, ஆஃப்லைனில் பதிலளிக்கிறது. நீங்கள் தேர்ந்தெடுக்கும் மாதிரியிடம் (உள்ளூர் Ollama அல்லது llama.cpp சர்வர், அல்லது இணையச் சேவை) கேட்கவும் அனுமதிக்கலாம்; உரையாடலின் முதல் கேள்வி அனுப்பப்படும் முன் இந்தச் சாதனத்திலிருந்து என்ன வெளியேறும் என்பதைச் சரியாகப் பார்ப்பீர்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="39"/>
        <source>Use a remote or local model</source>
        <translation>தொலை அல்லது உள்ளூர் மாதிரியைப் பயன்படுத்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="42"/>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="62"/>
        <source>Server address</source>
        <translation>சர்வர் முகவரி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="45"/>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="63"/>
        <source>Model</source>
        <translation>மாதிரி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="48"/>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="64"/>
        <source>API key</source>
        <translation>API விசை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="49"/>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="91"/>
        <source>not needed for a local server</source>
        <translation>உள்ளூர் சர்வருக்குத் தேவையில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="50"/>
        <source>Replace names before sending</source>
        <translation>அனுப்பும் முன் பெயர்களை மாற்று</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="56"/>
        <source>Save assistant settings</source>
        <translation>உதவியாளர் அமைப்புகளைச் சேமி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="66"/>
        <source>Timeout</source>
        <translation>நேர வரம்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="89"/>
        <source>a key is kept in the keyring</source>
        <translation>கீரிங்கில் ஒரு விசை வைக்கப்பட்டுள்ளது</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="39"/>
        <source>Audit trail</source>
        <translation>தணிக்கைத் தடம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="42"/>
        <source>Whose entries</source>
        <translation>யாருடைய பதிவுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="43"/>
        <source>This person&apos;s record</source>
        <translation>இந்த நபரின் பதிவு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="45"/>
        <source>Audit entries</source>
        <translation>தணிக்கைப் பதிவுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="47"/>
        <source>&amp;Export…</source>
        <translation>ஏற்றுமதி… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="50"/>
        <source>Show</source>
        <translation>காட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="62"/>
        <source>Entries by {0}</source>
        <translation>{0} இன் பதிவுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="80"/>
        <source>{0}  {1}  {2} {3}  {4}  ({5})</source>
        <translation>{0}  {1}  {2} {3}  {4}  ({5})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="84"/>
        <source>{0} entries, newest first</source>
        <translation>{0} பதிவுகள், புதியவை முதலில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="89"/>
        <source>Export the audit trail</source>
        <translation>தணிக்கைத் தடத்தை ஏற்றுமதி செய்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="90"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="101"/>
        <source>Audit trail written to {0}.</source>
        <translation>தணிக்கைத் தடம் {0} இல் எழுதப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="101"/>
        <source>The audit export</source>
        <translation>தணிக்கை ஏற்றுமதி</translation>
    </message>
</context>
<context>
    <name>BackgroundStart</name>
    <message>
        <location filename="../../healthdesk/ui/background.py" line="69"/>
        <source>HealthDesk reminder</source>
        <translation>HealthDesk நினைவூட்டல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/background.py" line="78"/>
        <location filename="../../healthdesk/ui/background.py" line="85"/>
        <source>Unlock HealthDesk…</source>
        <translation>HealthDesk ஐத் திற…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/background.py" line="88"/>
        <source>Quit HealthDesk</source>
        <translation>HealthDesk இலிருந்து வெளியேறு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/background.py" line="91"/>
        <source>HealthDesk (locked)</source>
        <translation>HealthDesk (பூட்டப்பட்டது)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/background.py" line="99"/>
        <source>HealthDesk started without your passphrase. Reminders need one unlock after each restart on this device (it has no secure keyring, or nothing was planned yet).</source>
        <translation>HealthDesk உங்கள் கடவுச்சொல் இல்லாமல் தொடங்கியது. இந்தச் சாதனத்தில் ஒவ்வொரு மறுதொடக்கத்துக்குப் பிறகும் நினைவூட்டல்களுக்கு ஒருமுறை திறக்க வேண்டும் (இதில் பாதுகாப்பான கீரிங் இல்லை, அல்லது இன்னும் எதுவும் திட்டமிடப்படவில்லை).</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/background.py" line="103"/>
        <source>HealthDesk</source>
        <translation>HealthDesk</translation>
    </message>
</context>
<context>
    <name>BackupTimer</name>
    <message>
        <location filename="../../healthdesk/ui/backup_timer.py" line="38"/>
        <source>The automatic backup failed: {0}</source>
        <translation>தானியங்கி காப்புப் பிரதி தோல்வியடைந்தது: {0}</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="24"/>
        <source>Backups</source>
        <translation>காப்புப் பிரதிகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="28"/>
        <source>Once a day an encrypted backup is written to a folder you choose (a USB stick, a synced folder), checked after writing, and old ones rotated: 7 daily, 4 weekly and 12 monthly are kept.</source>
        <translation>தினமும் ஒருமுறை நீங்கள் தேர்ந்தெடுத்த கோப்புறையில் (USB, ஒத்திசைவு கோப்புறை) மறையாக்கப்பட்ட காப்புப் பிரதி எழுதப்பட்டு, சரிபார்க்கப்பட்டு, பழையவை சுழற்சி செய்யப்படும்: தினசரி 7, வாராந்திர 4, மாதாந்திர 12 வைக்கப்படும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="32"/>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="55"/>
        <source>No folder chosen: no automatic backups.</source>
        <translation>கோப்புறை தேர்ந்தெடுக்கப்படவில்லை: தானியங்கி காப்புப் பிரதிகள் இல்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="36"/>
        <source>Last backup</source>
        <translation>கடைசி காப்புப் பிரதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="37"/>
        <source>Choose folder…</source>
        <translation>கோப்புறையைத் தேர்ந்தெடு…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="39"/>
        <source>Back up now</source>
        <translation>இப்போது காப்புப் பிரதி எடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="59"/>
        <source>Folder: {folder}</source>
        <translation>கோப்புறை: {folder}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="84"/>
        <source>Backing up…</source>
        <translation>காப்புப் பிரதி எடுக்கப்படுகிறது…</translation>
    </message>
</context>
<context>
    <name>CaregiversDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="33"/>
        <source>Caregivers</source>
        <translation>பராமரிப்பாளர்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="35"/>
        <source>When a medicine&apos;s caregiver alert is on, the first person here is alerted about a dose not taken; the next one after the medicine&apos;s escalation delay, and so on down the list.</source>
        <translation>ஒரு மருந்தின் பராமரிப்பாளர் எச்சரிக்கை இயக்கத்தில் இருந்தால், எடுக்காத டோஸ் பற்றி இங்குள்ள முதல் நபருக்கு எச்சரிக்கை போகும்; மருந்தின் தாமதத்துக்குப் பிறகு அடுத்தவருக்கு, இப்படியே பட்டியலில் கீழே.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="41"/>
        <source>Caregivers in alert order</source>
        <translation>எச்சரிக்கை வரிசையில் பராமரிப்பாளர்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="44"/>
        <source>Move up</source>
        <translation>மேலே நகர்த்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="46"/>
        <source>Remove</source>
        <translation>நீக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="54"/>
        <source>Someone with a profile here</source>
        <translation>இங்கே சுயவிவரம் உள்ள ஒருவர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="56"/>
        <source>or a name</source>
        <translation>அல்லது ஒரு பெயர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="57"/>
        <source>Caregiver name</source>
        <translation>பராமரிப்பாளர் பெயர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="59"/>
        <source>phone or e-mail (optional)</source>
        <translation>தொலைபேசி அல்லது மின்னஞ்சல் (விருப்பம்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="60"/>
        <source>Caregiver contact</source>
        <translation>பராமரிப்பாளர் தொடர்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="61"/>
        <source>Add</source>
        <translation>சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="65"/>
        <source>Add a caregiver:</source>
        <translation>பராமரிப்பாளரைச் சேர்:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="93"/>
        <source>Someone else…</source>
        <translation>வேறொருவர்…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="131"/>
        <source>Could not save: {exc}</source>
        <translation>சேமிக்க முடியவில்லை: {exc}</translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="228"/>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="229"/>
        <source>While HealthDesk was closed</source>
        <translation>HealthDesk மூடியிருந்தபோது</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="232"/>
        <source>%n doses came due and nothing was recorded. Say what happened; a dose you leave is kept as missed.</source>
        <translation>
            <numerusform>%n டோஸ்களின் நேரம் வந்தது, எதுவும் பதிவாகவில்லை. என்ன நடந்தது எனச் சொல்லுங்கள்; விட்டுவிடும் டோஸ் தவறியதாக வைக்கப்படும்.</numerusform>
            <numerusform>%n டோஸ்களின் நேரம் வந்தது, எதுவும் பதிவாகவில்லை. என்ன நடந்தது எனச் சொல்லுங்கள்; விட்டுவிடும் டோஸ் தவறியதாக வைக்கப்படும்.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatchUpRow</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="195"/>
        <source>I took it at {when}</source>
        <translation>நான் இதை {when} க்கு எடுத்தேன்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="196"/>
        <source>Took {title} at {when}</source>
        <translation>{title} {when} க்கு எடுக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="198"/>
        <source>Take now</source>
        <translation>இப்போது எடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="198"/>
        <source>Take {title} now</source>
        <translation>{title} இப்போது எடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="201"/>
        <source>Skipped</source>
        <translation>தவிர்க்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="201"/>
        <source>Skipped {title}</source>
        <translation>{title} தவிர்க்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="204"/>
        <source>Missed</source>
        <translation>தவறியது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="204"/>
        <source>Missed {title}</source>
        <translation>{title} தவறியது</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="55"/>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="65"/>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="73"/>
        <source>Change passphrase</source>
        <translation>கடவுச்சொல்லை மாற்று</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="57"/>
        <source>Current passphrase</source>
        <translation>தற்போதைய கடவுச்சொல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="61"/>
        <source>New passphrase</source>
        <translation>புதிய கடவுச்சொல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="69"/>
        <source>Current passphrase:</source>
        <translation>தற்போதைய கடவுச்சொல்:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="75"/>
        <source>Your record stays as it is; only the lock changes. Your recovery key keeps working.</source>
        <translation>உங்கள் பதிவு அப்படியே இருக்கும்; பூட்டு மட்டும் மாறும். உங்கள் மீட்பு விசை தொடர்ந்து வேலை செய்யும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="95"/>
        <source>Type your current passphrase.</source>
        <translation>உங்கள் தற்போதைய கடவுச்சொல்லைத் தட்டச்சு செய்யுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="107"/>
        <source>Passphrase changed. Use the new one next time you unlock HealthDesk.</source>
        <translation>கடவுச்சொல் மாற்றப்பட்டது. அடுத்த முறை HealthDesk ஐத் திறக்கும்போது புதியதைப் பயன்படுத்துங்கள்.</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <location filename="../../healthdesk/ui/chart_data.py" line="99"/>
        <source>{name}average {value}
{span}
from {0}
{1}</source>
        <extracomment>Category codes stored per point: index into this tuple (0 = no reference range). Kinds whose reference ranges compare at more decimals than the value is shown with (see ``healthdesk.domain.ranges``: HbA1c 47 mmol/mol = 6.45% must stay below 6.5%).</extracomment>
        <translation>{name}சராசரி {value}
{span}
{0} இலிருந்து
{1}</translation>
    </message>
</context>
<context>
    <name>ChatBubbles</name>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_bubbles.py" line="49"/>
        <source>edited</source>
        <translation>திருத்தப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_bubbles.py" line="108"/>
        <source>&lt;a href=&quot;{0}:{1}&quot;&gt;{label} {2}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{0}:{1}&quot;&gt;{label} {2}&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_bubbles.py" line="115"/>
        <source>Open a cited item of the record</source>
        <translation>பதிவில் மேற்கோள் காட்டியதைத் திற</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="57"/>
        <source>Chat</source>
        <translation>அரட்டை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="60"/>
        <location filename="../../healthdesk/ui/pages/chat.py" line="71"/>
        <source>Conversations</source>
        <translation>உரையாடல்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="64"/>
        <source>New conversation…</source>
        <translation>புதிய உரையாடல்…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="65"/>
        <source>Start a new conversation about this person (Ctrl+N)</source>
        <translation>இந்த நபரைப் பற்றிப் புதிய உரையாடலைத் தொடங்கு (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="74"/>
        <source>Ask the assistant</source>
        <translation>உதவியாளரிடம் கேள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="75"/>
        <source>Questions about this person&apos;s record, answered from the record with the sources cited</source>
        <translation>இந்த நபரின் பதிவைப் பற்றிய கேள்விகள், பதிவிலிருந்து ஆதாரங்களுடன் பதில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="80"/>
        <location filename="../../healthdesk/ui/pages/chat.py" line="220"/>
        <source>No conversation selected</source>
        <translation>உரையாடல் எதுவும் தேர்ந்தெடுக்கப்படவில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="83"/>
        <source>Show older messages</source>
        <translation>பழைய செய்திகளைக் காட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="84"/>
        <source>Load earlier messages (or scroll to the top)</source>
        <translation>முந்தைய செய்திகளை ஏற்று (அல்லது மேலே உருட்டு)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="92"/>
        <source>New message</source>
        <translation>புதிய செய்தி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="93"/>
        <location filename="../../healthdesk/ui/pages/chat.py" line="233"/>
        <source>Write a note… (Ctrl+Enter sends)</source>
        <translation>குறிப்பு எழுதுங்கள்… (Ctrl+Enter அனுப்பும்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="97"/>
        <location filename="../../healthdesk/ui/pages/chat.py" line="381"/>
        <source>Send</source>
        <translation>அனுப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="98"/>
        <source>Send the note (Ctrl+Enter)</source>
        <translation>குறிப்பை அனுப்பு (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="106"/>
        <source>Answer arriving</source>
        <translation>பதில் வருகிறது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="110"/>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="112"/>
        <source>Stop the remote answer (the offline answer is kept)</source>
        <translation>தொலை பதிலை நிறுத்து (ஆஃப்லைன் பதில் இருக்கும்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="195"/>
        <source>Assistant</source>
        <translation>உதவியாளர்</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/chat.py" line="196"/>
        <source>%n messages</source>
        <translation>
            <numerusform>%n செய்திகள்</numerusform>
            <numerusform>%n செய்திகள்</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="222"/>
        <source>No conversations yet. Press “New conversation…” to start keeping notes about this person.</source>
        <translation>இன்னும் உரையாடல்கள் இல்லை. இந்த நபரைப் பற்றிக் குறிப்புகள் வைக்கத் தொடங்க “புதிய உரையாடல்…” ஐ அழுத்துங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="224"/>
        <source>Choose a person first.</source>
        <translation>முதலில் ஒரு நபரைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="231"/>
        <source>Ask about this person&apos;s record, e.g. “average BP last month” (Ctrl+Enter asks)</source>
        <translation>இந்த நபரின் பதிவைப் பற்றிக் கேளுங்கள், எ.கா. “கடந்த மாத சராசரி பிபி” (Ctrl+Enter கேட்கும்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="381"/>
        <source>Answering…</source>
        <translation>பதிலளிக்கிறது…</translation>
    </message>
</context>
<context>
    <name>ClinicBar</name>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="43"/>
        <source>Signed-in member of staff</source>
        <translation>உள்நுழைந்த பணியாளர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="44"/>
        <source>Switch staff</source>
        <translation>பணியாளரை மாற்று</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="45"/>
        <source>Sign in as another member of staff (Ctrl+Shift+S); the patient stays open</source>
        <translation>வேறொரு பணியாளராக உள்நுழை (Ctrl+Shift+S); நோயாளி திறந்தே இருக்கும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="53"/>
        <source>Why this record is read-only</source>
        <translation>இந்தப் பதிவு ஏன் படிக்க மட்டும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="100"/>
        <source>No one signed in</source>
        <translation>யாரும் உள்நுழையவில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="101"/>
        <source>Signed in: {0} ({1})</source>
        <translation>உள்நுழைந்தவர்: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="121"/>
        <source>Signed out after {0} idle minutes.</source>
        <translation>{0} நிமிடங்கள் செயலற்றிருந்ததால் வெளியேற்றப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="136"/>
        <source>{0} is signed in.</source>
        <translation>{0} உள்நுழைந்துள்ளார்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="183"/>
        <source>Find &amp;patient…</source>
        <translation>நோயாளியைத் தேடு… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="186"/>
        <source>Switch s&amp;taff…</source>
        <translation>பணியாளரை மாற்று… (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="189"/>
        <source>Today&apos;s &amp;queue…</source>
        <translation>இன்றைய வரிசை… (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="191"/>
        <source>&amp;Audit trail…</source>
        <translation>தணிக்கைத் தடம்… (&amp;A)</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="30"/>
        <source>When</source>
        <translation>எப்போது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="31"/>
        <source>Visit</source>
        <translation>வருகை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="32"/>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="92"/>
        <source>Kind</source>
        <translation>வகை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="34"/>
        <source>Place</source>
        <translation>இடம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="35"/>
        <source>Seen by</source>
        <translation>பார்த்தவர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="36"/>
        <source>Reason</source>
        <translation>காரணம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="87"/>
        <source>Substance</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="88"/>
        <source>Severity</source>
        <translation>தீவிரம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="91"/>
        <source>Reaction</source>
        <translation>எதிர்வினை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="94"/>
        <source>Noted</source>
        <translation>பதிவானது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="26"/>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="95"/>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="125"/>
        <source>Notes</source>
        <translation>குறிப்புகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="118"/>
        <source>Condition</source>
        <translation>நோய் நிலை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="119"/>
        <source>ICD-10</source>
        <translation>ICD-10</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="120"/>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="123"/>
        <source>Since</source>
        <translation>எப்போது முதல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="124"/>
        <source>Resolved</source>
        <translation>குணமானது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="21"/>
        <source>Order</source>
        <translation>வரிசை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="22"/>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="23"/>
        <source>Relationship</source>
        <translation>உறவு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="24"/>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="25"/>
        <source>Email</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="201"/>
        <source>Title</source>
        <translation>தலைப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="202"/>
        <source>Category</source>
        <translation>வகை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="203"/>
        <source>Date</source>
        <translation>தேதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="204"/>
        <source>Tags</source>
        <translation>குறிச்சொற்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="205"/>
        <source>Size</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="93"/>
        <source>Vaccine</source>
        <translation>தடுப்பூசி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="94"/>
        <source>Given</source>
        <translation>போடப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="98"/>
        <source>Dose</source>
        <translation>டோஸ்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="99"/>
        <source>Next due</source>
        <translation>அடுத்தது எப்போது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="101"/>
        <source>Lot</source>
        <translation>லாட்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="102"/>
        <source>Site</source>
        <translation>இடம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="103"/>
        <source>Given by</source>
        <translation>போட்டவர்</translation>
    </message>
</context>
<context>
    <name>ConditionsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="138"/>
        <source>the condition “{name}”</source>
        <translation>நோய் நிலை “{name}”</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="40"/>
        <source>Conflicts to review</source>
        <extracomment>Emitted after a conflict was kept or restored (the record may have changed).</extracomment>
        <translation>சரிபார்க்க வேண்டிய முரண்பாடுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="43"/>
        <source>When the same thing was changed on two devices before they synced, one change was kept and the other is shown here, so nothing is lost. Keep what the record says now, or restore the other value.</source>
        <translation>ஒத்திசைவுக்கு முன் இரண்டு சாதனங்களில் ஒரே விஷயம் மாற்றப்பட்டபோது, ஒரு மாற்றம் வைக்கப்பட்டது, மற்றது இங்கே காட்டப்படுகிறது, அதனால் எதுவும் இழக்கப்படாது. பதிவில் இப்போது உள்ளதை வைத்திருங்கள், அல்லது மற்ற மதிப்பை மீட்டமையுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="48"/>
        <source>Open conflicts</source>
        <translation>முரண்பாடுகளைத் திற</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="51"/>
        <source>No conflicts: every device agrees.</source>
        <translation>முரண்பாடுகள் இல்லை: எல்லாச் சாதனங்களும் ஒத்துப்போகின்றன.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="52"/>
        <source>No conflicts</source>
        <translation>முரண்பாடுகள் இல்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="53"/>
        <source>&amp;Keep current</source>
        <translation>தற்போதையதை வைத்திரு (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="54"/>
        <source>The record stays as it is now</source>
        <translation>பதிவு இப்போது உள்ளபடியே இருக்கும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="55"/>
        <source>&amp;Restore this value</source>
        <translation>இந்த மதிப்பை மீட்டமை (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="56"/>
        <source>Write the value that lost back into the record; it syncs to every device</source>
        <translation>விடுபட்ட மதிப்பைப் பதிவில் மீண்டும் எழுது; அது எல்லாச் சாதனங்களுக்கும் ஒத்திசையும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="60"/>
        <source>Conflict message</source>
        <translation>முரண்பாட்டுச் செய்தி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="121"/>
        <source>Kept the current value.</source>
        <translation>தற்போதைய மதிப்பு வைக்கப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="122"/>
        <source>Restored; it will reach your other devices with the next sync.</source>
        <translation>மீட்டமைக்கப்பட்டது; அடுத்த ஒத்திசைவுடன் உங்கள் மற்ற சாதனங்களுக்கும் சேரும்.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_assistant.py" line="46"/>
        <source>Send this question to the model?</source>
        <translation>இந்தக் கேள்வியை மாதிரிக்கு அனுப்பவா?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_assistant.py" line="48"/>
        <source>This is exactly what will leave this device. Names in the record are replaced unless you turned that off in Settings. Nothing else from the record is sent.</source>
        <translation>இந்தச் சாதனத்திலிருந்து சரியாக இதுவே வெளியேறும். அமைப்புகளில் நீங்கள் அணைக்காவிட்டால் பதிவிலுள்ள பெயர்கள் மாற்றப்படும். பதிவிலிருந்து வேறு எதுவும் அனுப்பப்படாது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_assistant.py" line="54"/>
        <source>What will be sent</source>
        <translation>என்ன அனுப்பப்படும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_assistant.py" line="56"/>
        <source>Send</source>
        <translation>அனுப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_assistant.py" line="58"/>
        <source>Keep it offline</source>
        <translation>ஆஃப்லைனில் வைத்திரு</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="39"/>
        <source>{name} from the emergency contacts</source>
        <translation>அவசரத் தொடர்புகளிலிருந்து {name}</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="47"/>
        <source>Read “{name}”</source>
        <translation>“{name}” ஐப் படி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="51"/>
        <source>HealthDesk does not know this file&apos;s layout. Say which column holds what; the readings go into {person}&apos;s record.</source>
        <translation>இந்தக் கோப்பின் அமைப்பு HealthDesk க்குத் தெரியாது. எந்த நெடுவரிசையில் என்ன உள்ளது எனச் சொல்லுங்கள்; அளவீடுகள் {person} இன் பதிவில் சேரும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="62"/>
        <source>Kind of reading</source>
        <translation>அளவீட்டின் வகை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="63"/>
        <source>Date (and time) column</source>
        <translation>தேதி (மற்றும் நேரம்) நெடுவரிசை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="64"/>
        <source>Time column, if separate</source>
        <translation>நேர நெடுவரிசை, தனியாக இருந்தால்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="65"/>
        <source>Value column</source>
        <translation>மதிப்பு நெடுவரிசை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="66"/>
        <source>Unit column</source>
        <translation>அலகு நெடுவரிசை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="67"/>
        <source>Unit, if no column names it</source>
        <translation>அலகு, எந்த நெடுவரிசையும் குறிப்பிடாவிட்டால்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="69"/>
        <source>The first rows as they would be stored:</source>
        <translation>முதல் வரிசைகள் சேமிக்கப்படும் விதத்தில்:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="75"/>
        <source>Dry run</source>
        <translation>சோதனை ஓட்டம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="76"/>
        <source>Read the whole file and count what would be imported; nothing is saved</source>
        <translation>முழுக் கோப்பையும் படித்து என்ன இறக்குமதியாகும் என எண்ணு; எதுவும் சேமிக்கப்படாது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="82"/>
        <source>Remember this for the next file of this shape</source>
        <translation>இதே அமைப்பிலான அடுத்த கோப்புக்கு இதை நினைவில் வை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="88"/>
        <source>Import</source>
        <translation>இறக்குமதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="171"/>
        <source>Row {0}: left out: {1}</source>
        <translation>வரிசை {0}: விடுபட்டது: {1}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="177"/>
        <source>Row {0}: {1}  {shown}</source>
        <translation>வரிசை {0}: {1}  {shown}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="191"/>
        <source>Reading the whole file…</source>
        <translation>முழுக் கோப்பும் படிக்கப்படுகிறது…</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="211"/>
        <source>Add files from this computer (Ctrl+O)</source>
        <translation>இந்தக் கணினியிலிருந்து கோப்புகளைச் சேர் (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="213"/>
        <source>Edit details…</source>
        <translation>விவரங்களைத் திருத்து…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="218"/>
        <source>Open it in the program your computer uses for this kind of file: this writes a decrypted copy to a private temporary folder, removed when HealthDesk quits</source>
        <translation>உங்கள் கணினி இந்த வகைக் கோப்புக்குப் பயன்படுத்தும் நிரலில் திற: இது மறைநீக்கிய நகலை ஒரு தனிப்பட்ட தற்காலிகக் கோப்புறையில் எழுதும், HealthDesk மூடும்போது அது நீக்கப்படும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="222"/>
        <source>Write a copy of this document to a folder you choose</source>
        <translation>இந்த ஆவணத்தின் நகலை நீங்கள் தேர்ந்தெடுக்கும் கோப்புறையில் எழுது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="263"/>
        <source>the document “{title}” (its stored copy is removed from the record)</source>
        <translation>ஆவணம் “{title}” (அதன் சேமித்த நகல் பதிவிலிருந்து நீக்கப்படும்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="272"/>
        <source>Import documents</source>
        <translation>ஆவணங்களை இறக்குமதி செய்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="273"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.txt *.dcm);;All files (*)</source>
        <translation>ஆவணங்கள் (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.txt *.dcm);;அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="282"/>
        <source>Importing %n files…</source>
        <translation>
            <numerusform>%n கோப்புகள் இறக்குமதி செய்யப்படுகின்றன…</numerusform>
            <numerusform>%n கோப்புகள் இறக்குமதி செய்யப்படுகின்றன…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="300"/>
        <source>Imported %n documents.</source>
        <translation>
            <numerusform>%n ஆவணங்கள் இறக்குமதி செய்யப்பட்டன.</numerusform>
            <numerusform>%n ஆவணங்கள் இறக்குமதி செய்யப்பட்டன.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="336"/>
        <source>No document selected</source>
        <translation>ஆவணம் எதுவும் தேர்ந்தெடுக்கப்படவில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="344"/>
        <source>Loading…</source>
        <translation>ஏற்றுகிறது…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="372"/>
        <source>Saved a copy to {path}.</source>
        <translation>நகல் {path} இல் சேமிக்கப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="384"/>
        <source>No program on this computer opens this kind of file. Use “Save a copy…” instead.</source>
        <translation>இந்தக் கணினியில் எந்த நிரலும் இந்த வகைக் கோப்பைத் திறப்பதில்லை. பதிலாக “நகலைச் சேமி…” ஐப் பயன்படுத்துங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="388"/>
        <source>Opened a decrypted copy of {title} in another app: it was written to a private temporary folder and is removed when HealthDesk quits.</source>
        <translation>{title} இன் மறைநீக்கிய நகல் வேறு செயலியில் திறக்கப்பட்டது: அது தனிப்பட்ட தற்காலிகக் கோப்புறையில் எழுதப்பட்டது, HealthDesk மூடும்போது நீக்கப்படும்.</translation>
    </message>
</context>
<context>
    <name>DoseRow</name>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="70"/>
        <source>Take</source>
        <translation>எடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="71"/>
        <source>Record {title} as taken now</source>
        <translation>{title} இப்போது எடுக்கப்பட்டதாகப் பதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="73"/>
        <source>Take {name}</source>
        <translation>{name} எடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="75"/>
        <source>Skip</source>
        <translation>தவிர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="76"/>
        <source>Record that you skipped this dose</source>
        <translation>இந்த டோஸைத் தவிர்த்ததாகப் பதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="77"/>
        <source>Skip {name}</source>
        <translation>{name} ஐத் தவிர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="79"/>
        <source>Snooze</source>
        <translation>பிறகு நினைவூட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="80"/>
        <source>Remind me again in 10, 30 or 60 minutes</source>
        <translation>10, 30 அல்லது 60 நிமிடங்களில் மீண்டும் நினைவூட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="81"/>
        <source>Snooze {name}</source>
        <translation>{name} பிறகு நினைவூட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="89"/>
        <source>Undo</source>
        <translation>செயல்தவிர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="90"/>
        <source>Take back the recorded dose</source>
        <translation>பதிவான டோஸைத் திரும்பப் பெறு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="91"/>
        <source>Undo {name}</source>
        <translation>{name} ஐச் செயல்தவிர்</translation>
    </message>
</context>
<context>
    <name>DoseUnits</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="56"/>
        <source>tablet</source>
        <translation>மாத்திரை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="57"/>
        <source>capsule</source>
        <translation>கேப்ஸ்யூல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="58"/>
        <source>puff</source>
        <translation>பஃப்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="59"/>
        <source>drop</source>
        <translation>சொட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="60"/>
        <source>unit</source>
        <translation>யூனிட்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="61"/>
        <source>patch</source>
        <translation>பேட்ச்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="62"/>
        <source>spray</source>
        <translation>ஸ்ப்ரே</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="63"/>
        <source>sachet</source>
        <translation>சாஷே</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="64"/>
        <source>injection</source>
        <translation>ஊசி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="65"/>
        <source>application</source>
        <translation>தடவுதல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="66"/>
        <source>lozenge</source>
        <translation>சப்பும் மாத்திரை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="67"/>
        <source>dose</source>
        <translation>டோஸ்</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="33"/>
        <source>Emergency alert</source>
        <translation>அவசர எச்சரிக்கை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="35"/>
        <source>This sends an alert now to the emergency contacts who may receive alerts, in their order, with the latest vitals, allergies, conditions and current medicines. Without a network it is kept and sent as soon as it can be. In danger, call your local emergency number.</source>
        <translation>இது இப்போதே எச்சரிக்கை பெறக்கூடிய அவசரத் தொடர்புகளுக்கு, அவர்களின் வரிசையில், சமீபத்திய உடல்நிலை அளவுகள், ஒவ்வாமைகள், நோய் நிலைகள், தற்போதைய மருந்துகளுடன் எச்சரிக்கை அனுப்பும். இணையம் இல்லையென்றால் வைத்திருந்து முடிந்தவுடன் அனுப்பும். ஆபத்தில் இருந்தால் உள்ளூர் அவசர எண்ணை (112) அழையுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="43"/>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="51"/>
        <source>What happened</source>
        <translation>என்ன நடந்தது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="45"/>
        <source>Optional: where you are, what you need</source>
        <translation>விருப்பம்: நீங்கள் எங்கே இருக்கிறீர்கள், என்ன தேவை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="46"/>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="52"/>
        <source>Message</source>
        <translation>செய்தி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="54"/>
        <source>Send emergency alert</source>
        <translation>அவசர எச்சரிக்கை அனுப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="70"/>
        <source>Choose a person first.</source>
        <translation>முதலில் ஒரு நபரைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="88"/>
        <source>The emergency alert</source>
        <translation>அவசர எச்சரிக்கை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="96"/>
        <source>Emergency alert recorded; no contact may receive alerts yet (Records ▸ Emergency contacts).</source>
        <translation>அவசர எச்சரிக்கை பதிவானது; எந்தத் தொடர்பும் இன்னும் எச்சரிக்கை பெற முடியாது (பதிவுகள் ▸ அவசரத் தொடர்புகள்).</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="99"/>
        <source>Emergency alert sent to {0} of {1}.</source>
        <translation>அவசர எச்சரிக்கை {1} பேரில் {0} பேருக்கு அனுப்பப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="101"/>
        <source>Emergency alert sent to {0} of {1}; the rest are queued and retried.</source>
        <translation>அவசர எச்சரிக்கை {1} பேரில் {0} பேருக்கு அனுப்பப்பட்டது; மீதமுள்ளவை வரிசையில் உள்ளன, மீண்டும் முயலப்படும்.</translation>
    </message>
</context>
<context>
    <name>EraseSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="51"/>
        <source>Erase a person</source>
        <translation>நபரை அழி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="57"/>
        <source>Person to erase</source>
        <translation>அழிக்க வேண்டிய நபர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="58"/>
        <source>Erase this person…</source>
        <translation>இந்த நபரை அழி…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="87"/>
        <source>Erasing {name}…</source>
        <translation>{name} அழிக்கப்படுகிறார்…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="123"/>
        <source>Export</source>
        <translation>ஏற்றுமதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="131"/>
        <source>What would you like to save?</source>
        <translation>எதைச் சேமிக்க விரும்புகிறீர்கள்?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="155"/>
        <source>Exported files are not encrypted: keep them somewhere safe, and delete them when they are no longer needed.</source>
        <translation>ஏற்றுமதி செய்த கோப்புகள் மறையாக்கம் செய்யப்படவில்லை: அவற்றைப் பாதுகாப்பான இடத்தில் வையுங்கள், தேவையில்லாதபோது நீக்குங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="157"/>
        <source>Choose where to save…</source>
        <translation>சேமிக்கும் இடத்தைத் தேர்ந்தெடு…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="160"/>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="143"/>
        <source>Error</source>
        <extracomment>Smallest body text size on every page (points): large enough to read without glasses. tone -&gt; (background, text, border); text on background passes WCAG AA contrast. reference-range category -&gt; tone (normal green, elevated amber, high orange-red, crisis/very low red, low blue, no range grey). dose state -&gt; tone.</extracomment>
        <translation>பிழை</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="97"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="178"/>
        <source>Welcome to HealthDesk</source>
        <translation>HealthDesk க்கு வரவேற்கிறோம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="103"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="179"/>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="104"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="180"/>
        <source>Back</source>
        <translation>பின்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="105"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="293"/>
        <source>Next</source>
        <translation>அடுத்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="109"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="181"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="298"/>
        <source>Next step (Enter)</source>
        <translation>அடுத்த படி (Enter)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="110"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="182"/>
        <source>Cancel (Esc)</source>
        <translation>ரத்துசெய் (Esc)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="144"/>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="149"/>
        <source>&amp;Language:</source>
        <translation>மொழி: (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="188"/>
        <source>Passphrase</source>
        <translation>கடவுச்சொல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="194"/>
        <source>Choose a passphrase</source>
        <translation>கடவுச்சொல்லைத் தேர்ந்தெடுங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="196"/>
        <source>HealthDesk keeps your health record encrypted on this computer. The passphrase locks it: you type it when you open HealthDesk. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>HealthDesk உங்கள் உடல்நலப் பதிவை இந்தக் கணினியில் மறையாக்கம் செய்து வைக்கிறது. கடவுச்சொல் அதைப் பூட்டுகிறது: HealthDesk ஐத் திறக்கும்போது அதைத் தட்டச்சு செய்வீர்கள். தொடர்பில்லாத சில சொற்கள் நினைவில் வைக்க எளிது, ஊகிக்கக் கடினம்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="214"/>
        <source>Recovery key</source>
        <translation>மீட்பு விசை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="216"/>
        <source>Save to file…</source>
        <translation>கோப்பில் சேமி…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="217"/>
        <source>Print…</source>
        <translation>அச்சிடு…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="218"/>
        <source>Copy</source>
        <translation>நகலெடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="226"/>
        <source>I have written it down or saved it</source>
        <translation>நான் இதை எழுதிவைத்துவிட்டேன் அல்லது சேமித்துவிட்டேன்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="229"/>
        <source>Remember on this device (no passphrase on this computer)</source>
        <translation>இந்தச் சாதனத்தில் நினைவில் வை (இந்தக் கணினியில் கடவுச்சொல் இல்லை)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="231"/>
        <source>Keeps the key in this computer&apos;s secure keyring, so HealthDesk opens without the passphrase for your account on this computer.</source>
        <translation>விசையை இந்தக் கணினியின் பாதுகாப்பான கீரிங்கில் வைக்கிறது, அதனால் இந்தக் கணினியில் உங்கள் கணக்குக்கு HealthDesk கடவுச்சொல் இல்லாமல் திறக்கும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="241"/>
        <source>Your recovery key</source>
        <translation>உங்கள் மீட்பு விசை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="243"/>
        <source>If you ever forget your passphrase, this recovery key is the only way back into your record. Write it down or save it, and keep it somewhere safe, away from this computer. It is shown only now.</source>
        <translation>கடவுச்சொல்லை எப்போதாவது மறந்தால், இந்த மீட்பு விசை மட்டுமே உங்கள் பதிவுக்குத் திரும்பும் வழி. இதை எழுதிவையுங்கள் அல்லது சேமியுங்கள், இந்தக் கணினியிலிருந்து தொலைவில் பாதுகாப்பாக வையுங்கள். இது இப்போது மட்டுமே காட்டப்படும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="263"/>
        <source>Who is this record for?</source>
        <translation>இந்தப் பதிவு யாருக்கானது?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="265"/>
        <source>Start with one person: yourself, or the person you care for. You can add more people later in Settings.</source>
        <translation>ஒருவருடன் தொடங்குங்கள்: நீங்களே, அல்லது நீங்கள் பராமரிக்கும் நபர். மேலும் நபர்களைப் பிறகு அமைப்புகளில் சேர்க்கலாம்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="283"/>
        <source>Step {0} of 3</source>
        <translation>படி {0} / 3</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="293"/>
        <source>Finish</source>
        <translation>முடி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="296"/>
        <source>First confirm you kept the recovery key</source>
        <translation>முதலில் மீட்பு விசையை வைத்துக்கொண்டதை உறுதிசெய்யுங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="384"/>
        <source>Saved to {0}. Keep that file somewhere safe, away from this computer.</source>
        <translation>{0} இல் சேமிக்கப்பட்டது. அந்தக் கோப்பை இந்தக் கணினியிலிருந்து தொலைவில் பாதுகாப்பாக வையுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="389"/>
        <source>Save recovery key</source>
        <translation>மீட்பு விசையைச் சேமி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="390"/>
        <source>Text files (*.txt)</source>
        <translation>உரைக் கோப்புகள் (*.txt)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="395"/>
        <source>Could not save the file: {0}</source>
        <translation>கோப்பைச் சேமிக்க முடியவில்லை: {0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="406"/>
        <source>Sent to the printer.</source>
        <translation>அச்சுப்பொறிக்கு அனுப்பப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="411"/>
        <source>Copied. Paste it into your password manager, then copy something else so it does not stay on the clipboard.</source>
        <translation>நகலெடுக்கப்பட்டது. இதை உங்கள் கடவுச்சொல் நிர்வாகியில் ஒட்டுங்கள், பிறகு இது கிளிப்போர்டில் இருக்காமல் இருக்க வேறொன்றை நகலெடுங்கள்.</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="72"/>
        <source>Progress of {title}</source>
        <translation>{title} இன் முன்னேற்றம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="80"/>
        <source>Record progress…</source>
        <translation>முன்னேற்றத்தைப் பதி…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="81"/>
        <source>Record where “{title}” stands now</source>
        <translation>“{title}” இப்போது எங்கே உள்ளது எனப் பதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="84"/>
        <source>Edit…</source>
        <translation>திருத்து…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="84"/>
        <source>Change “{title}”</source>
        <translation>“{title}” ஐ மாற்று</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="87"/>
        <source>Delete</source>
        <translation>நீக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="87"/>
        <source>Remove “{title}” and its progress</source>
        <translation>“{title}” ஐயும் அதன் முன்னேற்றத்தையும் நீக்கு</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="117"/>
        <source>Set a goal…</source>
        <translation>இலக்கை அமை…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="117"/>
        <source>Add a new goal</source>
        <translation>புதிய இலக்கைச் சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="119"/>
        <source>Goals follow readings (like weight) or progress you record by hand.</source>
        <translation>இலக்குகள் அளவீடுகளை (எடை போல) அல்லது நீங்களே பதியும் முன்னேற்றத்தைப் பின்தொடரும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="167"/>
        <source>No goals yet. A goal can be as small as “walk 20 minutes a day”.</source>
        <translation>இன்னும் இலக்குகள் இல்லை. இலக்கு சிறியதாகவும் இருக்கலாம், எ.கா. “தினமும் 20 நிமிடம் நடத்தல்”.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="217"/>
        <source>Delete goal</source>
        <translation>இலக்கை நீக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="218"/>
        <source>Delete the goal “{title}” and all its recorded progress?</source>
        <translation>“{title}” இலக்கையும் அதன் பதிவான முன்னேற்றம் முழுவதையும் நீக்கவா?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="222"/>
        <source>Delete</source>
        <translation>நீக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="223"/>
        <source>Keep</source>
        <translation>வைத்திரு</translation>
    </message>
</context>
<context>
    <name>ImmunizationsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="119"/>
        <source>the {vaccine} vaccination of {0}</source>
        <translation>{0} அன்று போட்ட {vaccine} தடுப்பூசி</translation>
    </message>
</context>
<context>
    <name>InsightsCharts</name>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="36"/>
        <source>normal range</source>
        <translation>இயல்பு வரம்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="42"/>
        <source>{label}: {mean:g} {unit} this week ({0})</source>
        <translation>{label}: இந்த வாரம் {mean:g} {unit} ({0})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="51"/>
        <source>Days after a missed dose</source>
        <translation>தவறிய டோஸுக்குப் பிந்தைய நாட்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="52"/>
        <source>Other days</source>
        <translation>மற்ற நாட்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="56"/>
        <source>Systolic BP, last 90 days: worth asking the doctor about?</source>
        <translation>சிஸ்டாலிக் பிபி, கடந்த 90 நாட்கள்: மருத்துவரிடம் கேட்க வேண்டியதா?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="66"/>
        <source>up on last week</source>
        <translation>கடந்த வாரத்தை விட அதிகம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="67"/>
        <source>down on last week</source>
        <translation>கடந்த வாரத்தை விட குறைவு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="68"/>
        <source>steady</source>
        <translation>நிலையாக</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="69"/>
        <source>no week before to compare</source>
        <translation>ஒப்பிட முந்தைய வாரம் இல்லை</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="32"/>
        <source>Insights</source>
        <translation>நுண்ணறிவுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="34"/>
        <source>What the last seven days show, beside the seven before. These are observations to take to a doctor, not a diagnosis.</source>
        <translation>கடந்த ஏழு நாட்கள் காட்டுவது, அதற்கு முந்தைய ஏழு நாட்களுடன். இவை மருத்துவரிடம் கொண்டுசெல்ல வேண்டிய கவனிப்புகள், கண்டறிதல் அல்ல.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="40"/>
        <source>Symptoms needing attention</source>
        <translation>கவனம் தேவைப்படும் அறிகுறிகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="41"/>
        <source>Loading…</source>
        <translation>ஏற்றுகிறது…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="43"/>
        <source>Weekly summary</source>
        <translation>வாராந்திரச் சுருக்கம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="48"/>
        <location filename="../../healthdesk/ui/pages/insights.py" line="57"/>
        <source>The assistant&apos;s recent answers</source>
        <translation>உதவியாளரின் சமீபத்திய பதில்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="87"/>
        <source>Choose a person first.</source>
        <translation>முதலில் ஒரு நபரைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="104"/>
        <source>Needs attention: {symptom} ({when}): {why}</source>
        <translation>கவனம் தேவை: {symptom} ({when}): {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/insights.py" line="112"/>
        <source>&lt;b&gt;{kind}&lt;/b&gt;: average {mean} {unit} from %n reading(s).</source>
        <translation>
            <numerusform>&lt;b&gt;{kind}&lt;/b&gt;: %n அளவீட்டிலிருந்து சராசரி {mean} {unit}.</numerusform>
            <numerusform>&lt;b&gt;{kind}&lt;/b&gt;: %n அளவீடுகளிலிருந்து சராசரி {mean} {unit}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="117"/>
        <source>No week before to compare.</source>
        <translation>ஒப்பிட முந்தைய வாரம் இல்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="119"/>
        <source>Up {change} {unit} on the week before.</source>
        <translation>முந்தைய வாரத்தை விட {change} {unit} அதிகம்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="122"/>
        <source>Down {change} {unit} on the week before.</source>
        <translation>முந்தைய வாரத்தை விட {change} {unit} குறைவு.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="125"/>
        <source>Steady on the week before.</source>
        <translation>முந்தைய வாரத்தைப் போலவே நிலையாக உள்ளது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="127"/>
        <source>Normal range {low}–{high}.</source>
        <translation>இயல்பு வரம்பு {low}–{high}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/insights.py" line="129"/>
        <source>%n out of range.</source>
        <translation>
            <numerusform>%n இயல்பு வரம்புக்கு வெளியே.</numerusform>
            <numerusform>%n இயல்பு வரம்புக்கு வெளியே.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="132"/>
        <source>&lt;b&gt;Medicines&lt;/b&gt;: no scheduled doses.</source>
        <translation>&lt;b&gt;மருந்துகள்&lt;/b&gt;: திட்டமிட்ட டோஸ் எதுவும் இல்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="133"/>
        <source>&lt;b&gt;Medicines&lt;/b&gt;: {percent}% taken ({taken} of {due} due), {missed} missed, {skipped} skipped.</source>
        <translation>&lt;b&gt;மருந்துகள்&lt;/b&gt;: {percent}% எடுக்கப்பட்டன (எடுக்க வேண்டிய {due} இல் {taken}), {missed} தவறியவை, {skipped} தவிர்க்கப்பட்டவை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="137"/>
        <source>&lt;b&gt;Symptoms&lt;/b&gt;: {symptoms} logged, {0} needing attention</source>
        <translation>&lt;b&gt;அறிகுறிகள்&lt;/b&gt;: {symptoms} பதிவானவை, {0} கவனம் தேவை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="142"/>
        <source>Not enough blood pressure readings and missed doses to compare.</source>
        <translation>ஒப்பிடப் போதுமான இரத்த அழுத்த அளவீடுகளும் தவறிய டோஸ்களும் இல்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="145"/>
        <source>Over the last 90 days, systolic BP averaged {mean_after_missed:g} mmHg on the {days_after_missed} days after a missed dose and {mean_other:g} mmHg on {other_days} other days ({diff:+g}). Worth a question to the doctor, not a conclusion.</source>
        <translation>கடந்த 90 நாட்களில், தவறிய டோஸுக்குப் பிந்தைய {days_after_missed} நாட்களில் சிஸ்டாலிக் பிபி சராசரி {mean_after_missed:g} mmHg, மற்ற {other_days} நாட்களில் {mean_other:g} mmHg ({diff:+g}). இது மருத்துவரிடம் கேட்க வேண்டிய கேள்வி, முடிவல்ல.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/insights.py" line="155"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n ஆதாரங்கள்</numerusform>
            <numerusform>%n ஆதாரங்கள்</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="157"/>
        <source>No questions asked yet.</source>
        <translation>இன்னும் கேள்விகள் எதுவும் கேட்கப்படவில்லை.</translation>
    </message>
</context>
<context>
    <name>KeysSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="33"/>
        <source>Keys</source>
        <translation>விசைகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="36"/>
        <source>A new recovery key replaces the one you have (the old one stops working). Rotating the data key re-encrypts the whole file under a new key and gives a new recovery key too; your passphrase stays. Backups written before open with the keys of their time.</source>
        <translation>புதிய மீட்பு விசை உங்களிடம் உள்ளதை மாற்றுகிறது (பழையது வேலை செய்யாது). தரவு விசையை மாற்றினால் முழுக் கோப்பும் புதிய விசையில் மீண்டும் மறையாக்கம் செய்யப்பட்டு புதிய மீட்பு விசையும் கிடைக்கும்; உங்கள் கடவுச்சொல் மாறாது. முன்பு எடுத்த காப்புப் பிரதிகள் அவற்றின் காலத்து விசைகளால் திறக்கும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="41"/>
        <source>New recovery key…</source>
        <translation>புதிய மீட்பு விசை…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="43"/>
        <source>Rotate the data key…</source>
        <translation>தரவு விசையை மாற்று…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="47"/>
        <source>New recovery key</source>
        <translation>புதிய மீட்பு விசை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="54"/>
        <source>A data key rotation was stopped by a crash and finished when the record was opened. Its recovery key was never shown, and the recovery key you hold no longer opens this record: make a new one now.</source>
        <translation>தரவு விசை மாற்றம் ஒரு செயலிழப்பால் நின்று, பதிவைத் திறந்தபோது முடிந்தது. அதன் மீட்பு விசை காட்டப்படவில்லை; உங்களிடம் உள்ள மீட்பு விசை இனி இந்தப் பதிவைத் திறக்காது: இப்போதே புதியதை உருவாக்குங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="79"/>
        <source>Re-encrypting…</source>
        <translation>மீண்டும் மறையாக்கம் செய்யப்படுகிறது…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="80"/>
        <source>Making a new recovery key…</source>
        <translation>புதிய மீட்பு விசை உருவாக்கப்படுகிறது…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../healthdesk/ui/chart_data.py" line="32"/>
        <location filename="../../healthdesk/ui/charts.py" line="41"/>
        <source>2 weeks</source>
        <extracomment>Points a line keeps after decimation: more than a chart&apos;s width in pixels. Up to this many readings in a range are plotted raw; beyond it, the per-day roll-up. Range buttons: key -&gt; (label, days back from now; None = everything).</extracomment>
        <translation>2 வாரங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/chart_data.py" line="32"/>
        <location filename="../../healthdesk/ui/charts.py" line="42"/>
        <source>3 months</source>
        <translation>3 மாதங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/chart_data.py" line="33"/>
        <location filename="../../healthdesk/ui/charts.py" line="43"/>
        <source>1 year</source>
        <translation>1 ஆண்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/chart_data.py" line="34"/>
        <location filename="../../healthdesk/ui/charts.py" line="44"/>
        <source>All</source>
        <translation>அனைத்தும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="47"/>
        <source>in the last 2 weeks</source>
        <translation>கடந்த 2 வாரங்களில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="48"/>
        <source>in the last 3 months</source>
        <translation>கடந்த 3 மாதங்களில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="49"/>
        <source>in the last year</source>
        <translation>கடந்த ஆண்டில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="50"/>
        <source>yet</source>
        <translation>இன்னும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="39"/>
        <source>In person</source>
        <translation>நேரில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="40"/>
        <source>Video call</source>
        <translation>வீடியோ அழைப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="41"/>
        <source>Phone call</source>
        <translation>தொலைபேசி அழைப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="42"/>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="18"/>
        <source>Home visit</source>
        <translation>வீட்டு வருகை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="43"/>
        <source>Lab test</source>
        <translation>ஆய்வகப் பரிசோதனை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="44"/>
        <source>Scan or X-ray</source>
        <translation>ஸ்கேன் அல்லது எக்ஸ்-ரே</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="29"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="57"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="92"/>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="45"/>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="19"/>
        <source>Other</source>
        <translation>மற்றவை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="49"/>
        <source>1 week before</source>
        <extracomment>(minutes before the start, label), largest first.</extracomment>
        <translation>1 வாரம் முன்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="50"/>
        <source>1 day before</source>
        <translation>1 நாள் முன்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="51"/>
        <source>2 hours before</source>
        <translation>2 மணி நேரம் முன்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="52"/>
        <source>30 minutes before</source>
        <translation>30 நிமிடங்கள் முன்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="53"/>
        <source>When it starts</source>
        <translation>தொடங்கும்போது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="37"/>
        <source>Monday</source>
        <translation>திங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="38"/>
        <source>Tuesday</source>
        <translation>செவ்வாய்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="39"/>
        <source>Wednesday</source>
        <translation>புதன்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="40"/>
        <source>Thursday</source>
        <translation>வியாழன்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="41"/>
        <source>Friday</source>
        <translation>வெள்ளி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="42"/>
        <source>Saturday</source>
        <translation>சனி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="43"/>
        <source>Sunday</source>
        <translation>ஞாயிறு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="25"/>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="85"/>
        <source>Medicine</source>
        <translation>மருந்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="26"/>
        <source>Food</source>
        <translation>உணவு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="27"/>
        <source>Environment (pollen, dust, animals)</source>
        <translation>சுற்றுச்சூழல் (மகரந்தம், தூசி, விலங்குகள்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="28"/>
        <source>Biologic (vaccine, serum)</source>
        <translation>உயிரியல் (தடுப்பூசி, சீரம்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="32"/>
        <source>Not known</source>
        <translation>தெரியவில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="33"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="47"/>
        <source>Mild</source>
        <translation>லேசானது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="34"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="46"/>
        <source>Moderate</source>
        <translation>மிதமானது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="35"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="45"/>
        <source>Severe</source>
        <translation>கடுமையானது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="36"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="44"/>
        <source>Life-threatening</source>
        <translation>உயிருக்கு ஆபத்தானது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="39"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="50"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="53"/>
        <source>Active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="40"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="54"/>
        <source>In remission</source>
        <translation>கட்டுக்குள் (தணிவு)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="41"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="55"/>
        <source>Inactive</source>
        <translation>செயலற்றது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="42"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="56"/>
        <source>Resolved</source>
        <translation>குணமானது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="45"/>
        <source>Bring it down</source>
        <translation>குறைக்க</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="46"/>
        <source>Bring it up</source>
        <translation>அதிகரிக்க</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="47"/>
        <source>Keep it steady</source>
        <translation>நிலையாக வைக்க</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="51"/>
        <source>Achieved</source>
        <translation>அடையப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="52"/>
        <source>Stopped</source>
        <translation>நிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="240"/>
        <source>Send them emergency alerts</source>
        <translation>இவர்களுக்கு அவசர எச்சரிக்கைகள் அனுப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="241"/>
        <source>Do not alert them</source>
        <translation>இவர்களுக்கு எச்சரிக்கை அனுப்ப வேண்டாம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="244"/>
        <source>Any way they can be reached</source>
        <translation>தொடர்புகொள்ளக்கூடிய எந்த வழியிலும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="245"/>
        <source>E-mail</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="246"/>
        <source>Text message (webhook)</source>
        <translation>குறுஞ்செய்தி (வெப்ஹூக்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="247"/>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="44"/>
        <source>chat messages</source>
        <translation>அரட்டைச் செய்திகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="47"/>
        <source>Type to search names, notes, medicines, messages and documents.</source>
        <translation>பெயர்கள், குறிப்புகள், மருந்துகள், செய்திகள், ஆவணங்களைத் தேடத் தட்டச்சு செய்யுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="35"/>
        <source>Caregiver (may change the record)</source>
        <translation>பராமரிப்பாளர் (பதிவை மாற்றலாம்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="36"/>
        <source>Viewer (may only read it)</source>
        <translation>பார்வையாளர் (படிக்க மட்டும்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="40"/>
        <source>medicine schedule</source>
        <extracomment>What to call a table&apos;s (or FHIR resource&apos;s) rows in a summary, in the order summaries list them: (one, many). Unlisted tables (audit history, settings) are not named.</extracomment>
        <translation>மருந்து அட்டவணை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="40"/>
        <source>medicine schedules</source>
        <translation>மருந்து அட்டவணைகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="42"/>
        <source>dose record</source>
        <translation>டோஸ் பதிவு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="42"/>
        <source>dose records</source>
        <translation>டோஸ் பதிவுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="49"/>
        <source>past visit</source>
        <translation>கடந்த வருகை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="49"/>
        <source>past visits</source>
        <translation>கடந்த வருகைகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="51"/>
        <source>symptom note</source>
        <translation>அறிகுறிக் குறிப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="51"/>
        <source>symptom notes</source>
        <translation>அறிகுறிக் குறிப்புகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="53"/>
        <source>goal update</source>
        <translation>இலக்கு முன்னேற்றம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="53"/>
        <source>goal updates</source>
        <translation>இலக்கு முன்னேற்றங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="53"/>
        <source>Prefer not to say</source>
        <translation>சொல்ல விரும்பவில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="54"/>
        <source>Female</source>
        <translation>பெண்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="55"/>
        <source>Male</source>
        <translation>ஆண்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="56"/>
        <source>Intersex</source>
        <translation>இடைப்பால்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="59"/>
        <source>The two passphrases do not match. Type the same passphrase in both fields.</source>
        <translation>இரண்டு கடவுச்சொற்களும் பொருந்தவில்லை. இரண்டிலும் ஒரே கடவுச்சொல்லைத் தட்டச்சு செய்யுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="14"/>
        <source>Outpatient</source>
        <translation>வெளிநோயாளர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="15"/>
        <source>Emergency</source>
        <translation>அவசரநிலை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="16"/>
        <source>Hospital stay</source>
        <translation>மருத்துவமனையில் தங்கல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="17"/>
        <source>Video or phone</source>
        <translation>வீடியோ அல்லது தொலைபேசி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="21"/>
        <source>No past visits recorded. They arrive when a FHIR record from a clinic or hospital is imported.</source>
        <translation>கடந்த வருகைகள் எதுவும் பதிவில்லை. கிளினிக் அல்லது மருத்துவமனையின் FHIR பதிவு இறக்குமதி செய்யப்படும்போது அவை வரும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="31"/>
        <source>Planned</source>
        <extracomment>How far ahead to look for appointments already done or cancelled (they belong with the past ones, though their time has not come).</extracomment>
        <translation>திட்டமிடப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="32"/>
        <source>Done</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="33"/>
        <source>Cancelled</source>
        <translation>ரத்தானது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="164"/>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="34"/>
        <source>Missed</source>
        <translation>தவறியது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="185"/>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="89"/>
        <location filename="../../healthdesk/ui/readings_model.py" line="40"/>
        <source>When</source>
        <translation>எப்போது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="90"/>
        <source>What</source>
        <translation>என்ன</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="91"/>
        <source>With, where</source>
        <translation>யாருடன், எங்கே</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="92"/>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="86"/>
        <source>How much and when</source>
        <translation>எவ்வளவு, எப்போது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="87"/>
        <source>Stock</source>
        <translation>கையிருப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="88"/>
        <source>Next dose</source>
        <translation>அடுத்த டோஸ்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="162"/>
        <source>Taken</source>
        <translation>எடுக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="163"/>
        <source>Skipped</source>
        <translation>தவிர்க்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="165"/>
        <source>Snoozed</source>
        <translation>பிறகு நினைவூட்ட வைக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="166"/>
        <source>Taken back (undo)</source>
        <translation>திரும்பப் பெறப்பட்டது (செயல்தவிர்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="186"/>
        <source>For the dose at</source>
        <translation>எந்த டோஸுக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="187"/>
        <source>What happened</source>
        <translation>என்ன நடந்தது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="188"/>
        <source>Amount</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="189"/>
        <source>By</source>
        <translation>யார்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="45"/>
        <source>top number, e.g. 120</source>
        <translation>மேல் எண், எ.கா. 120</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="46"/>
        <source>bottom number, e.g. 80</source>
        <translation>கீழ் எண், எ.கா. 80</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="47"/>
        <source>optional, e.g. 70</source>
        <translation>விருப்பம், எ.கா. 70</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="50"/>
        <source>Fasting (nothing to eat for 8 hours)</source>
        <translation>வெறும் வயிற்றில் (8 மணி நேரமாக எதுவும் சாப்பிடவில்லை)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="52"/>
        <source>After a meal (1-2 hours after)</source>
        <translation>சாப்பிட்ட பிறகு (1-2 மணி நேரம் கழித்து)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="156"/>
        <source>optional</source>
        <translation>விருப்பம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="81"/>
        <source>Add allergy…</source>
        <translation>ஒவ்வாமையைச் சேர்…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="82"/>
        <source>Medicines, foods and other things this person must not be given.</source>
        <translation>இந்த நபருக்குக் கொடுக்கக் கூடாத மருந்துகள், உணவுகள் மற்றும் பிற பொருட்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="84"/>
        <source>No allergies recorded. If there are none, that is worth knowing too.</source>
        <translation>ஒவ்வாமைகள் எதுவும் பதிவில்லை. எதுவும் இல்லை என்பதும் தெரிந்துகொள்ள வேண்டியதே.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="113"/>
        <source>Add condition…</source>
        <translation>நோய் நிலையைச் சேர்…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="114"/>
        <source>Diagnoses and long-term conditions. Active ones are listed first.</source>
        <translation>கண்டறிதல்களும் நீண்டகால நோய் நிலைகளும். செயலில் உள்ளவை முதலில் காட்டப்படும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="116"/>
        <source>No conditions recorded.</source>
        <translation>நோய் நிலைகள் எதுவும் பதிவில்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="48"/>
        <source>Severity not known</source>
        <translation>தீவிரம் தெரியவில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="190"/>
        <source>Add…</source>
        <translation>சேர்…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="192"/>
        <source>Nothing recorded yet.</source>
        <translation>இன்னும் எதுவும் பதிவில்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="14"/>
        <source>emergency contact</source>
        <translation>அவசரத் தொடர்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="15"/>
        <source>Add contact…</source>
        <translation>தொடர்பைச் சேர்…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="16"/>
        <source>Who to call if something happens, in calling order (1 is called first).</source>
        <translation>ஏதாவது நடந்தால் யாரை அழைக்க வேண்டும், அழைப்பு வரிசையில் (1 முதலில்).</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="18"/>
        <source>No emergency contacts yet. Add at least one person who can be called.</source>
        <translation>இன்னும் அவசரத் தொடர்புகள் இல்லை. அழைக்கக்கூடிய குறைந்தது ஒருவரைச் சேர்க்கவும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="195"/>
        <source>Import…</source>
        <translation>இறக்குமதி…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="196"/>
        <source>Lab reports, prescriptions, scans and letters, kept encrypted inside the record. Drag files onto the list to add them.</source>
        <translation>ஆய்வக அறிக்கைகள், மருந்துச் சீட்டுகள், ஸ்கேன்கள், கடிதங்கள், பதிவுக்குள் மறையாக்கம் செய்து வைக்கப்பட்டவை. சேர்க்க கோப்புகளைப் பட்டியலுக்கு இழுத்து விடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="199"/>
        <source>No documents yet. Press Import… or drag files here.</source>
        <translation>இன்னும் ஆவணங்கள் இல்லை. இறக்குமதி… ஐ அழுத்துங்கள் அல்லது கோப்புகளை இங்கே இழுத்து விடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="14"/>
        <source>Given</source>
        <translation>போடப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="15"/>
        <source>Not given (declined or deferred)</source>
        <translation>போடப்படவில்லை (மறுக்கப்பட்டது அல்லது ஒத்திவைக்கப்பட்டது)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="87"/>
        <source>Add vaccination…</source>
        <translation>தடுப்பூசியைச் சேர்…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="88"/>
        <source>Vaccines given, newest first. When the next dose of a series has come, it says “due”.</source>
        <translation>போட்ட தடுப்பூசிகள், புதியவை முதலில். ஒரு தொடரின் அடுத்த டோஸ் நேரம் வந்ததும் “நிலுவை” எனக் காட்டும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="91"/>
        <source>No vaccinations recorded.</source>
        <translation>தடுப்பூசிகள் எதுவும் பதிவில்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="66"/>
        <source>Log a symptom…</source>
        <translation>அறிகுறியைப் பதி…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="67"/>
        <source>What was felt, how bad (1 to 10), where, when it started and how long it lasted. Severity 8 or more, more than three days, or words such as “chest pain” mark an entry as needing attention.</source>
        <translation>என்ன உணர்ந்தீர்கள், எவ்வளவு மோசம் (1 முதல் 10), எங்கே, எப்போது தொடங்கியது, எவ்வளவு நேரம் நீடித்தது. தீவிரம் 8 அல்லது அதற்கு மேல், மூன்று நாட்களுக்கு மேல், அல்லது “நெஞ்சு வலி” போன்ற சொற்கள் இருந்தால் கவனம் தேவை எனக் குறிக்கப்படும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="71"/>
        <source>No symptoms logged.</source>
        <translation>அறிகுறிகள் எதுவும் பதிவில்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="51"/>
        <source>Blood glucose</source>
        <translation>சர்க்கரை அளவு (குளுக்கோஸ்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="53"/>
        <source>Weight</source>
        <translation>எடை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="53"/>
        <source>kg (kilograms)</source>
        <translation>kg (கிலோகிராம்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="54"/>
        <source>lb (pounds)</source>
        <translation>lb (பவுண்டு)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="55"/>
        <source>Temperature</source>
        <translation>உடல் வெப்பநிலை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="56"/>
        <source>°C (Celsius)</source>
        <translation>°C (செல்சியஸ்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="57"/>
        <source>°F (Fahrenheit)</source>
        <translation>°F (ஃபாரன்ஹீட்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="58"/>
        <source>Height</source>
        <translation>உயரம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="58"/>
        <source>cm (centimetres)</source>
        <translation>cm (சென்டிமீட்டர்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="59"/>
        <source>in (inches)</source>
        <translation>in (அங்குலம்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="60"/>
        <source>Cholesterol</source>
        <translation>கொழுப்பு (கொலஸ்ட்ரால்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="28"/>
        <source>Deleting a person hides them: their records stay in the file, marked deleted, so the delete can sync and a backup can bring them back. Erasing removes every record of theirs for good (readings, medicines, documents, chat, the history), zeroes the freed space and compacts the file. If you own a person shared through sync, they are erased on the server and on every other device too. Backups written before still hold them.</source>
        <translation>ஒரு நபரை நீக்கினால் அவர் மறைக்கப்படுவார்: அவருடைய பதிவுகள் கோப்பில் நீக்கப்பட்டதாகக் குறிக்கப்பட்டு இருக்கும், அதனால் நீக்கம் ஒத்திசைவாகும், காப்புப் பிரதி அவற்றைத் திரும்பக் கொண்டுவரலாம். அழித்தால் அவருடைய எல்லாப் பதிவுகளும் நிரந்தரமாகப் போய்விடும் (அளவீடுகள், மருந்துகள், ஆவணங்கள், அரட்டை, வரலாறு), காலியான இடம் பூஜ்ஜியமாக்கப்பட்டு கோப்பு சுருக்கப்படும். ஒத்திசைவின் மூலம் பகிர்ந்த நபர் உங்களுடையவர் என்றால், அவர் சர்வரிலும் மற்ற எல்லாச் சாதனங்களிலும் அழிக்கப்படுவார். முன்பு எடுத்த காப்புப் பிரதிகளில் அவர் இன்னும் இருப்பார்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="41"/>
        <source>Reading</source>
        <translation>அளவீடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="42"/>
        <source>Category</source>
        <translation>வகை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="43"/>
        <source>Context</source>
        <translation>சூழல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="44"/>
        <source>Note</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="45"/>
        <source>Source</source>
        <translation>ஆதாரம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="60"/>
        <source>Fasting</source>
        <extracomment>(background, text) per category, from the app&apos;s shared tones: light fills with dark text stay readable, and the category&apos;s name is always in the cell too (never colour alone). Strong colours for chart markers and legend dots; stage 2 is a deeper shade of the &quot;high&quot; tone so two neighbouring legend entries never share one colour.</extracomment>
        <translation>வெறும் வயிற்றில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="61"/>
        <source>Before a meal</source>
        <translation>சாப்பிடும் முன்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="62"/>
        <source>After a meal</source>
        <translation>சாப்பிட்ட பிறகு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="63"/>
        <source>At bedtime</source>
        <translation>தூங்கும் நேரத்தில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="64"/>
        <source>Other time</source>
        <translation>வேறு நேரம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="67"/>
        <source>Typed in</source>
        <translation>கையால் உள்ளிட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="68"/>
        <source>Demo</source>
        <translation>டெமோ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="69"/>
        <source>Imported</source>
        <translation>இறக்குமதி செய்யப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="70"/>
        <source>Synced</source>
        <translation>ஒத்திசைக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="27"/>
        <source>female</source>
        <translation>பெண்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="28"/>
        <source>male</source>
        <translation>ஆண்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="29"/>
        <source>intersex</source>
        <translation>இடைப்பால்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="30"/>
        <source>other</source>
        <translation>மற்றவை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="42"/>
        <source>born {date}</source>
        <translation>பிறப்பு {date}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="81"/>
        <source>Tablet</source>
        <translation>மாத்திரை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="82"/>
        <source>Capsule</source>
        <translation>கேப்ஸ்யூல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="83"/>
        <source>Liquid</source>
        <translation>திரவம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="84"/>
        <source>Inhaler</source>
        <translation>இன்ஹேலர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="85"/>
        <source>Injection</source>
        <translation>ஊசி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="86"/>
        <source>Patch</source>
        <translation>பட்டை (பேட்ச்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="87"/>
        <source>Drops</source>
        <translation>சொட்டு மருந்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="88"/>
        <source>Cream</source>
        <translation>களிம்பு (க்ரீம்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="89"/>
        <source>Spray</source>
        <translation>ஸ்ப்ரே</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="90"/>
        <source>Suppository</source>
        <translation>சப்போசிட்டரி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="91"/>
        <source>Powder</source>
        <translation>பொடி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="93"/>
        <source>By mouth (oral)</source>
        <translation>வாய் வழியாக</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="94"/>
        <source>Inhaled</source>
        <translation>உள்ளிழுத்தல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="95"/>
        <source>Under the skin (subcutaneous)</source>
        <translation>தோலுக்கு அடியில் (சப்கியூட்டேனியஸ்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="96"/>
        <source>Into a muscle (intramuscular)</source>
        <translation>தசையில் (இன்ட்ராமஸ்குலர்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="97"/>
        <source>Into a vein (intravenous)</source>
        <translation>நரம்பில் (இன்ட்ராவீனஸ்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="98"/>
        <source>On the skin (topical)</source>
        <translation>தோலின் மேல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="99"/>
        <source>Skin patch (transdermal)</source>
        <translation>தோல் பட்டை (டிரான்ஸ்டெர்மல்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="100"/>
        <source>In the nose (nasal)</source>
        <translation>மூக்கில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="101"/>
        <source>In the eye (ophthalmic)</source>
        <translation>கண்ணில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="102"/>
        <source>In the ear (otic)</source>
        <translation>காதில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="103"/>
        <source>Rectal</source>
        <translation>மலவாய் வழியாக</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="104"/>
        <source>Under the tongue (sublingual)</source>
        <translation>நாக்குக்கு அடியில் (சப்லிங்குவல்)</translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="207"/>
        <source>Add a new {noun}</source>
        <extracomment>Emitted on the GUI thread after the rows were (re)loaded, with the rows.</extracomment>
        <translation>புதிய {noun} சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="209"/>
        <source>Edit…</source>
        <translation>திருத்து…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="210"/>
        <source>Change the selected {noun} (Enter)</source>
        <translation>தேர்ந்தெடுத்த {noun} மாற்று (Enter)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="213"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="361"/>
        <source>Delete</source>
        <translation>நீக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="214"/>
        <source>Remove the selected {noun} (Delete)</source>
        <translation>தேர்ந்தெடுத்த {noun} நீக்கு (Delete)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="355"/>
        <source>Delete {noun}</source>
        <translation>{noun} நீக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="357"/>
        <source>Delete {0}?</source>
        <translation>{0} ஐ நீக்கவா?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="363"/>
        <source>Keep</source>
        <translation>வைத்திரு</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="113"/>
        <source>Reminders while locked</source>
        <translation>பூட்டியிருக்கும்போது நினைவூட்டல்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="147"/>
        <source>Taken</source>
        <translation>எடுக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="147"/>
        <source>Skip</source>
        <translation>தவிர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="148"/>
        <source>Snooze 10 min</source>
        <translation>10 நிமிடம் கழித்து நினைவூட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="150"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>LockedReminders</name>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="79"/>
        <source>HealthDesk reminder</source>
        <extracomment>The lines now shown changed.</extracomment>
        <translation>HealthDesk நினைவூட்டல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="100"/>
        <source>The answer could not be saved ({0}); unlock to record it.</source>
        <translation>பதிலைச் சேமிக்க முடியவில்லை ({0}); அதைப் பதிய திறக்கவும்.</translation>
    </message>
</context>
<context>
    <name>LockedSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="19"/>
        <source>While locked</source>
        <translation>பூட்டியிருக்கும்போது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="22"/>
        <source>A locked screen shows</source>
        <translation>பூட்டுத் திரையில் காட்டுவது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="23"/>
        <source>Who, and how many medicines are due</source>
        <translation>யார், எத்தனை மருந்துகள் எடுக்க வேண்டும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="24"/>
        <source>Who, and the medicine names</source>
        <translation>யார், மருந்துகளின் பெயர்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="25"/>
        <source>Only &quot;A reminder is due&quot;</source>
        <translation>&quot;நினைவூட்டல் நேரம் வந்துவிட்டது&quot; மட்டும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="29"/>
        <source>Allow recording doses while locked</source>
        <translation>பூட்டியிருக்கும்போதும் டோஸைப் பதிவு செய்ய அனுமதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="31"/>
        <source>Taken, Skip and Snooze on the lock window, without the passphrase. Anyone at this computer could then record a dose, but still could not read the record.</source>
        <translation>பூட்டுச் சாளரத்தில் கடவுச்சொல் இல்லாமல் எடு, தவிர், பிறகு நினைவூட்டு. அப்போது இந்தக் கணினியில் யாரும் டோஸைப் பதியலாம், ஆனால் பதிவைப் படிக்க முடியாது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="42"/>
        <source>A locked screen shows:</source>
        <translation>பூட்டுத் திரையில் காட்டுவது:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="65"/>
        <source>This device&apos;s keyring keeps the reminder plan, so reminders go on after a restart, before the first unlock.</source>
        <translation>இந்தச் சாதனத்தின் கீரிங் நினைவூட்டல் திட்டத்தை வைத்திருக்கிறது, அதனால் மறுதொடக்கத்துக்குப் பிறகு, முதல் திறப்புக்கு முன்பும் நினைவூட்டல்கள் தொடரும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="67"/>
        <source>This device has no secure keyring: after a restart, reminders start once HealthDesk has been unlocked one time. While it is locked, reminders go on.</source>
        <translation>இந்தச் சாதனத்தில் பாதுகாப்பான கீரிங் இல்லை: மறுதொடக்கத்துக்குப் பிறகு HealthDesk ஒருமுறை திறக்கப்பட்டதும் நினைவூட்டல்கள் தொடங்கும். பூட்டியிருக்கும்போதும் நினைவூட்டல்கள் தொடரும்.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="42"/>
        <source>Today</source>
        <translation>இன்று</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="42"/>
        <source>Readings</source>
        <translation>அளவீடுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="43"/>
        <source>Medications</source>
        <translation>மருந்துகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="44"/>
        <source>Appointments</source>
        <translation>சந்திப்புகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="45"/>
        <source>Records</source>
        <translation>பதிவுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="45"/>
        <source>Chat</source>
        <translation>அரட்டை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="46"/>
        <source>Insights</source>
        <translation>நுண்ணறிவுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="46"/>
        <source>Settings</source>
        <translation>அமைப்புகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="85"/>
        <location filename="../../healthdesk/ui/main_window.py" line="191"/>
        <source>Current person</source>
        <extracomment>Emitted when the user locks the record (Ctrl+L or idle timeout).</extracomment>
        <translation>தற்போதைய நபர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="86"/>
        <location filename="../../healthdesk/ui/main_window.py" line="192"/>
        <source>Whose record (Ctrl+P)</source>
        <translation>யாருடைய பதிவு (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="88"/>
        <location filename="../../healthdesk/ui/main_window.py" line="193"/>
        <source>Pages</source>
        <translation>பக்கங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="100"/>
        <location filename="../../healthdesk/ui/main_window.py" line="180"/>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="105"/>
        <location filename="../../healthdesk/ui/main_window.py" line="196"/>
        <source>Person</source>
        <translation>நபர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="124"/>
        <location filename="../../healthdesk/ui/main_window.py" line="194"/>
        <source>Unlocked</source>
        <translation>திறக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="171"/>
        <source>HealthDesk — demo record (passphrase: healthdesk-demo)</source>
        <translation>HealthDesk — டெமோ பதிவு (கடவுச்சொல்: healthdesk-demo)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="225"/>
        <source>&amp;Record</source>
        <translation>பதிவு (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="226"/>
        <source>&amp;Lock now</source>
        <translation>இப்போது பூட்டு (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="228"/>
        <source>&amp;Search…</source>
        <translation>தேடு… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="232"/>
        <source>Switch &amp;person</source>
        <translation>நபரை மாற்று (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="234"/>
        <source>&amp;Quit</source>
        <translation>வெளியேறு (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="251"/>
        <source>&amp;Go</source>
        <translation>செல் (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="333"/>
        <source>Find patient… (Ctrl+Shift+P)</source>
        <translation>நோயாளியைத் தேடுங்கள்… (Ctrl+Shift+P)</translation>
    </message>
</context>
<context>
    <name>MedicationEditor</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="148"/>
        <source>Edit medicine</source>
        <translation>மருந்தைத் திருத்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="148"/>
        <source>Add a medicine</source>
        <translation>மருந்தைச் சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="168"/>
        <source>Medicine name</source>
        <translation>மருந்தின் பெயர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="168"/>
        <source>e.g. Metformin</source>
        <translation>எ.கா. Metformin</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="169"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="284"/>
        <source>Strength</source>
        <translation>வலிமை (அளவு)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="169"/>
        <source>e.g. 500 mg</source>
        <translation>எ.கா. 500 mg</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="171"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="285"/>
        <source>Form</source>
        <translation>வடிவம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="174"/>
        <source>Dose amount</source>
        <translation>டோஸ் அளவு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="180"/>
        <source>Dose unit</source>
        <translation>டோஸ் அலகு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="197"/>
        <source>Route</source>
        <translation>எடுக்கும் வழி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="200"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="288"/>
        <source>Prescribed by</source>
        <translation>பரிந்துரைத்தவர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="201"/>
        <source>Doctor&apos;s name (optional)</source>
        <translation>மருத்துவரின் பெயர் (விருப்பம்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="203"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="289"/>
        <source>Instructions</source>
        <translation>அறிவுறுத்தல்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="204"/>
        <source>e.g. with food</source>
        <translation>எ.கா. உணவுடன்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="210"/>
        <source>Start date</source>
        <translation>தொடக்கத் தேதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="211"/>
        <source>Stops on</source>
        <translation>இந்த நாளில் நிறுத்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="212"/>
        <source>Has an end date</source>
        <translation>முடிவுத் தேதி உள்ளது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="216"/>
        <source>End date</source>
        <translation>முடிவுத் தேதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="227"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="292"/>
        <source>Stock on hand</source>
        <translation>கையிருப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="228"/>
        <source>How many you have (optional)</source>
        <translation>உங்களிடம் எத்தனை உள்ளன (விருப்பம்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="229"/>
        <source>Refill reminder at</source>
        <translation>இந்த அளவில் நினைவூட்டல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="230"/>
        <source>Warn when this many are left</source>
        <translation>இத்தனை மீதமிருக்கும்போது எச்சரி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="235"/>
        <source> hours</source>
        <translation> மணி நேரம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="237"/>
        <source>If a dose is missed, take it within</source>
        <translation>டோஸ் தவறினால், இந்த நேரத்துக்குள் எடுங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="240"/>
        <source>Take it if within</source>
        <translation>இந்த நேரத்துக்குள் என்றால் எடுங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="242"/>
        <source>, otherwise skip it</source>
        <translation>, இல்லையெனில் தவிர்க்கவும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="246"/>
        <source>Alert a caregiver after</source>
        <translation>இவ்வளவு நேரம் கழித்து பராமரிப்பாளருக்கு எச்சரிக்கை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="250"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="258"/>
        <source> min</source>
        <translation> நிமி.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="251"/>
        <source>Caregiver alert delay in minutes</source>
        <translation>பராமரிப்பாளர் எச்சரிக்கை தாமதம், நிமிடங்களில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="254"/>
        <source>then the next caregiver after</source>
        <translation>பிறகு இவ்வளவு நேரம் கழித்து அடுத்த பராமரிப்பாளர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="259"/>
        <source>Next caregiver after minutes</source>
        <translation>இத்தனை நிமிடங்கள் கழித்து அடுத்த பராமரிப்பாளர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="273"/>
        <source>Remind me even during quiet hours</source>
        <translation>அமைதி நேரத்திலும் நினைவூட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="274"/>
        <source>For medicines that must not wait until morning, such as insulin or anti-epileptics</source>
        <translation>காலை வரை காத்திருக்க முடியாத மருந்துகளுக்கு, எ.கா. இன்சுலின் அல்லது வலிப்பு மருந்துகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="277"/>
        <source>The medicine</source>
        <translation>மருந்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="283"/>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="286"/>
        <source>Each dose</source>
        <translation>ஒவ்வொரு டோஸும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="287"/>
        <source>How it is taken</source>
        <translation>எப்படி எடுக்கப்படுகிறது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="290"/>
        <source>Starts on</source>
        <translation>தொடங்கும் தேதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="293"/>
        <source>Refill warning at</source>
        <translation>இந்த அளவில் எச்சரிக்கை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="294"/>
        <source>Missed dose</source>
        <translation>தவறிய டோஸ்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="302"/>
        <source>Schedule in words</source>
        <translation>சொற்களில் அட்டவணை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="306"/>
        <source>In words:</source>
        <translation>சொற்களில்:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="316"/>
        <source>Save this medicine (Ctrl+S)</source>
        <translation>இந்த மருந்தைச் சேமி (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="434"/>
        <source>Enter how much to take for each dose.</source>
        <translation>ஒவ்வொரு டோஸிலும் எவ்வளவு எடுக்க வேண்டும் என உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="440"/>
        <source>Add at least one time of day.</source>
        <translation>நாளின் குறைந்தது ஒரு நேரத்தைச் சேர்க்கவும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="443"/>
        <source>Choose at least one day.</source>
        <translation>குறைந்தது ஒரு நாளைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="488"/>
        <source>Could not save: {exc}</source>
        <translation>சேமிக்க முடியவில்லை: {exc}</translation>
    </message>
</context>
<context>
    <name>MedicationTableModel</name>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="119"/>
        <source>{0}  (stopped)</source>
        <translation>{0}  (நிறுத்தப்பட்டது)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="123"/>
        <source>{0}, no set times</source>
        <translation>{0}, குறித்த நேரம் இல்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="125"/>
        <source>Refill soon · {0}</source>
        <translation>விரைவில் மீண்டும் வாங்குங்கள் · {0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="128"/>
        <source>Stopped</source>
        <translation>நிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="130"/>
        <source>As needed</source>
        <translation>தேவைப்படும்போது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="142"/>
        <source>Stock is at or below the refill warning level: order more soon.</source>
        <translation>கையிருப்பு எச்சரிக்கை அளவில் அல்லது கீழே உள்ளது: விரைவில் மேலும் வாங்குங்கள்.</translation>
    </message>
</context>
<context>
    <name>Medications</name>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="60"/>
        <source>Stock not tracked: enter what you have to see when it runs out.</source>
        <translation>கையிருப்பு கணக்கிடப்படவில்லை: எப்போது தீரும் எனப் பார்க்க உங்களிடம் உள்ளதை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="65"/>
        <source>{0} left</source>
        <translation>{0} மீதம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="67"/>
        <source>{0} left: less than a day</source>
        <translation>{0} மீதம்: ஒரு நாளுக்கும் குறைவு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="70"/>
        <source>{0} left: about {1} days</source>
        <translation>{0} மீதம்: சுமார் {1} நாட்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="73"/>
        <source>{0} left: about {1} days at the recent rate ({2} a day), until {3}</source>
        <translation>{0} மீதம்: சமீபத்திய அளவில் (நாளொன்றுக்கு {2}) சுமார் {1} நாட்கள், {3} வரை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="78"/>
        <source>{0} left: about {1} days at the prescribed rate ({2} a day), until {3}</source>
        <translation>{0} மீதம்: பரிந்துரைத்த அளவில் (நாளொன்றுக்கு {2}) சுமார் {1} நாட்கள், {3} வரை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="83"/>
        <source>Time to refill.</source>
        <translation>மீண்டும் வாங்கும் நேரம்.</translation>
    </message>
</context>
<context>
    <name>MedicationsModels</name>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="70"/>
        <source>Not tracked</source>
        <translation>கணக்கிடப்படவில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="75"/>
        <source>{0} (runs out today)</source>
        <translation>{0} (இன்று தீரும்)</translation>
    </message>
</context>
<context>
    <name>MedicationsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="131"/>
        <location filename="../../healthdesk/ui/pages/medications.py" line="160"/>
        <source>Medicines</source>
        <translation>மருந்துகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="132"/>
        <source>Show stopped medicines</source>
        <translation>நிறுத்திய மருந்துகளைக் காட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="138"/>
        <source>Add…</source>
        <translation>சேர்…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="138"/>
        <source>Add a medicine</source>
        <translation>மருந்தைச் சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="140"/>
        <source>Edit…</source>
        <translation>திருத்து…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="140"/>
        <source>Change the selected medicine</source>
        <translation>தேர்ந்தெடுத்த மருந்தை மாற்று</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="142"/>
        <location filename="../../healthdesk/ui/pages/medications.py" line="295"/>
        <source>Stop</source>
        <translation>நிறுத்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="143"/>
        <source>Stop or restart the selected medicine</source>
        <translation>தேர்ந்தெடுத்த மருந்தை நிறுத்து அல்லது மீண்டும் தொடங்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="145"/>
        <source>Record refill…</source>
        <translation>மீண்டும் வாங்கியதைப் பதி…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="146"/>
        <source>Add a refill to the stock</source>
        <translation>கையிருப்பில் மீண்டும் வாங்கியதைச் சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="148"/>
        <source>Delete…</source>
        <translation>நீக்கு…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="149"/>
        <source>Delete the selected medicine</source>
        <translation>தேர்ந்தெடுத்த மருந்தை நீக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="150"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="152"/>
        <source>Caregivers…</source>
        <translation>பராமரிப்பாளர்கள்…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="152"/>
        <source>Who is alerted when a dose is not taken</source>
        <translation>டோஸ் எடுக்காதபோது யாருக்கு எச்சரிக்கை போகும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="173"/>
        <source>No medicines yet. Choose Add… to enter the first one.</source>
        <translation>இன்னும் மருந்துகள் இல்லை. முதல் மருந்தை உள்ளிட சேர்… ஐத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="180"/>
        <location filename="../../healthdesk/ui/pages/medications.py" line="183"/>
        <location filename="../../healthdesk/ui/pages/medications.py" line="289"/>
        <source>Dose history</source>
        <translation>டோஸ் வரலாறு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="182"/>
        <location filename="../../healthdesk/ui/pages/medications.py" line="290"/>
        <source>Select a medicine to see its doses.</source>
        <translation>டோஸ்களைப் பார்க்க ஒரு மருந்தைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="190"/>
        <source>Adherence</source>
        <translation>மருந்தை முறையாக எடுத்தல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="194"/>
        <source>Stock</source>
        <translation>கையிருப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="195"/>
        <source>Refill soon</source>
        <translation>விரைவில் மீண்டும் வாங்குங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="295"/>
        <source>Restart</source>
        <translation>மீண்டும் தொடங்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="296"/>
        <source>Dose history: {title}</source>
        <translation>டோஸ் வரலாறு: {title}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="297"/>
        <source>Prescribed by {name}</source>
        <translation>{name} பரிந்துரைத்தது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="300"/>
        <source>Newest first.</source>
        <translation>புதியது முதலில்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="320"/>
        <source>No scheduled doses to count yet.</source>
        <translation>எண்ணுவதற்கு இன்னும் திட்டமிட்ட டோஸ்கள் இல்லை.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/medications.py" line="324"/>
        <source>%n days: {percent}%</source>
        <translation>
            <numerusform>%n நாட்கள்: {percent}%</numerusform>
            <numerusform>%n நாட்கள்: {percent}%</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="328"/>
        <source>Taken on time: {periods}</source>
        <translation>நேரத்தில் எடுத்தது: {periods}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/medications.py" line="330"/>
        <source>%n days in a row</source>
        <translation>
            <numerusform>தொடர்ந்து %n நாட்கள்</numerusform>
            <numerusform>தொடர்ந்து %n நாட்கள்</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="389"/>
        <source>Delete medicine</source>
        <translation>மருந்தை நீக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="390"/>
        <source>Delete {title}? Its dose history is kept, but it will no longer appear in your list.</source>
        <translation>{title} ஐ நீக்கவா? அதன் டோஸ் வரலாறு வைக்கப்படும், ஆனால் உங்கள் பட்டியலில் இனி தோன்றாது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="409"/>
        <source>Record refill</source>
        <translation>மீண்டும் வாங்கியதைப் பதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="410"/>
        <source>How many ({unit}) did you get for {title}?</source>
        <translation>{title} க்கு எத்தனை ({unit}) கிடைத்தன?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="417"/>
        <source>Refill of {qty:g} recorded for {title}.</source>
        <translation>{title} க்கு {qty:g} மீண்டும் வாங்கியது பதிவானது.</translation>
    </message>
</context>
<context>
    <name>MessageThread</name>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_thread.py" line="43"/>
        <source>Messages</source>
        <extracomment>Emitted when the reader scrolled to the top and older messages exist.</extracomment>
        <translation>செய்திகள்</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="271"/>
        <source>At least {0} characters</source>
        <translation>குறைந்தது {0} எழுத்துகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="274"/>
        <source>Type the passphrase again</source>
        <translation>கடவுச்சொல்லை மீண்டும் தட்டச்சு செய்யுங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="278"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="280"/>
        <source>Type it again:</source>
        <translation>மீண்டும் தட்டச்சு செய்யுங்கள்:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="306"/>
        <source>The passphrase must be at least {0} characters long.</source>
        <translation>கடவுச்சொல் குறைந்தது {0} எழுத்துகள் கொண்டதாக இருக்க வேண்டும்.</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="37"/>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="46"/>
        <source>Notifications</source>
        <translation>அறிவிப்புகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="40"/>
        <source>Unread only</source>
        <translation>படிக்காதவை மட்டும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="42"/>
        <source>Everyone on this device</source>
        <translation>இந்தச் சாதனத்தில் உள்ள அனைவரும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="49"/>
        <source>Open</source>
        <translation>திற</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="51"/>
        <source>Mark read</source>
        <translation>படித்ததாகக் குறி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="53"/>
        <source>Mark all read</source>
        <translation>அனைத்தையும் படித்ததாகக் குறி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="55"/>
        <source>Help arrived: resolve</source>
        <translation>உதவி வந்துவிட்டது: தீர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="57"/>
        <source>I&apos;m on it</source>
        <translation>நான் பார்த்துக்கொள்கிறேன்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="58"/>
        <source>Stops the alert going on to the next caregiver</source>
        <translation>எச்சரிக்கை அடுத்த பராமரிப்பாளருக்குப் போவதை நிறுத்துகிறது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="92"/>
        <source>{0} unread</source>
        <translation>{0} படிக்காதவை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="93"/>
        <source>No notifications.</source>
        <translation>அறிவிப்புகள் இல்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="125"/>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="133"/>
        <source>Marking it read</source>
        <translation>படித்ததாகக் குறிக்கப்படுகிறது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="138"/>
        <source>Marking them read</source>
        <translation>படித்ததாகக் குறிக்கப்படுகின்றன</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="151"/>
        <source>&quot;I&apos;m on it&quot;</source>
        <translation>&quot;நான் பார்த்துக்கொள்கிறேன்&quot;</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="160"/>
        <source>Emergency alert resolved by {0}.</source>
        <translation>அவசர எச்சரிக்கையை {0} தீர்த்தார்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="161"/>
        <source>Resolving the alert</source>
        <translation>எச்சரிக்கை தீர்க்கப்படுகிறது</translation>
    </message>
</context>
<context>
    <name>NotificationsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="54"/>
        <source>Notifications</source>
        <translation>அறிவிப்புகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="64"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="69"/>
        <source>Quiet hours (urgent ones still come through)</source>
        <translation>அமைதி நேரம் (அவசரமானவை இன்னும் வரும்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="72"/>
        <source>Quiet from</source>
        <translation>அமைதி நேரம் தொடக்கம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="73"/>
        <source>Quiet until</source>
        <translation>வரை அமைதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="84"/>
        <source>This computer sends this person&apos;s e-mail alerts</source>
        <translation>இந்தக் கணினி இந்த நபரின் மின்னஞ்சல் எச்சரிக்கைகளை அனுப்புகிறது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="87"/>
        <source>Let the sync server send missed-dose e-mails when no device is on</source>
        <translation>எந்தச் சாதனமும் இயங்காதபோது தவறிய டோஸ் மின்னஞ்சல்களை ஒத்திசைவு சர்வர் அனுப்பட்டும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="103"/>
        <source>E-mail account of this computer</source>
        <translation>இந்தக் கணினியின் மின்னஞ்சல் கணக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="109"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (போர்ட் 587)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="110"/>
        <source>TLS (port 465)</source>
        <translation>TLS (போர்ட் 465)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="111"/>
        <source>None: only to this computer</source>
        <translation>எதுவுமில்லை: இந்தக் கணினிக்கு மட்டும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="116"/>
        <source>kept in the keyring, never in a file</source>
        <translation>கீரிங்கில் வைக்கப்பட்டது, ஒருபோதும் கோப்பில் அல்ல</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="120"/>
        <source>Server</source>
        <translation>சர்வர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="120"/>
        <source>Port</source>
        <translation>போர்ட்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="121"/>
        <source>Security</source>
        <translation>பாதுகாப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="121"/>
        <source>User</source>
        <translation>பயனர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="122"/>
        <source>Password</source>
        <translation>கடவுச்சொல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="123"/>
        <source>Send as</source>
        <translation>இவ்வாறு அனுப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="126"/>
        <source>Save e-mail settings</source>
        <translation>மின்னஞ்சல் அமைப்புகளைச் சேமி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="128"/>
        <source>Send a test to</source>
        <translation>சோதனையை இங்கே அனுப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="130"/>
        <source>Test address</source>
        <translation>சோதனை முகவரி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="183"/>
        <source>The notification setting</source>
        <translation>அறிவிப்பு அமைப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="212"/>
        <source>E-mail settings saved; the password is in the keyring.</source>
        <translation>மின்னஞ்சல் அமைப்புகள் சேமிக்கப்பட்டன; கடவுச்சொல் கீரிங்கில் உள்ளது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="217"/>
        <source>The e-mail settings</source>
        <translation>மின்னஞ்சல் அமைப்புகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="223"/>
        <source>Give an address to send the test to.</source>
        <translation>சோதனையை அனுப்ப ஒரு முகவரியைக் கொடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="225"/>
        <source>Sending…</source>
        <translation>அனுப்பப்படுகிறது…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="227"/>
        <source>Test message sent to {0}.</source>
        <translation>சோதனைச் செய்தி {0} க்கு அனுப்பப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>NotifyBar</name>
    <message>
        <location filename="../../healthdesk/ui/notify_bar.py" line="26"/>
        <location filename="../../healthdesk/ui/notify_bar.py" line="49"/>
        <location filename="../../healthdesk/ui/notify_bar.py" line="64"/>
        <source>Notifications</source>
        <translation>அறிவிப்புகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/notify_bar.py" line="28"/>
        <location filename="../../healthdesk/ui/notify_bar.py" line="50"/>
        <source>Emergency</source>
        <translation>அவசரநிலை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/notify_bar.py" line="29"/>
        <location filename="../../healthdesk/ui/notify_bar.py" line="51"/>
        <source>Send an emergency alert (Ctrl+Shift+H)</source>
        <translation>அவசர எச்சரிக்கை அனுப்பு (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/notify_bar.py" line="56"/>
        <source>&amp;Notifications…</source>
        <translation>அறிவிப்புகள்… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/notify_bar.py" line="58"/>
        <source>&amp;Emergency alert…</source>
        <translation>அவசர எச்சரிக்கை… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/notify_bar.py" line="63"/>
        <source>Notifications ({0})</source>
        <translation>அறிவிப்புகள் ({0})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/notify_bar.py" line="65"/>
        <source>{0} unread (Ctrl+Shift+N)</source>
        <translation>{0} படிக்காதவை (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/notify_bar.py" line="101"/>
        <source>and {0} more</source>
        <translation>மேலும் {0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/notify_bar.py" line="108"/>
        <source>HealthDesk</source>
        <translation>HealthDesk</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_form_base.py" line="79"/>
        <source>Not set</source>
        <translation>அமைக்கப்படவில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_form_base.py" line="82"/>
        <source>Clear</source>
        <translation>அழி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_form_base.py" line="83"/>
        <source>Leave this date empty</source>
        <translation>இந்தத் தேதியைக் காலியாக விடு</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="192"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="208"/>
        <source>Show</source>
        <translation>காட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="195"/>
        <source>Show {0}</source>
        <translation>{0} காட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="196"/>
        <source>Show or hide what you typed</source>
        <translation>தட்டச்சு செய்ததைக் காட்டு அல்லது மறை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="208"/>
        <source>Hide</source>
        <translation>மறை</translation>
    </message>
</context>
<context>
    <name>PatientRegisterDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="50"/>
        <source>Patients</source>
        <translation>நோயாளிகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="53"/>
        <source>Name, clinic number, phone or date of birth</source>
        <translation>பெயர், கிளினிக் எண், தொலைபேசி அல்லது பிறந்த தேதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="54"/>
        <source>Find a patient</source>
        <translation>நோயாளியைத் தேடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="57"/>
        <source>Patients found</source>
        <translation>கண்டறிந்த நோயாளிகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="58"/>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="165"/>
        <source>Recent patients</source>
        <translation>சமீபத்திய நோயாளிகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="61"/>
        <source>Patients who may be registered twice</source>
        <translation>இருமுறை பதிவு செய்யப்பட்டிருக்கக்கூடிய நோயாளிகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="62"/>
        <source>Show them</source>
        <translation>அவர்களைக் காட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="76"/>
        <source>New patient&apos;s name</source>
        <translation>புதிய நோயாளியின் பெயர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="78"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="79"/>
        <source>Date of birth</source>
        <translation>பிறந்த தேதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="81"/>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="96"/>
        <source>Phone</source>
        <translation>தொலைபேசி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="83"/>
        <source>Not stated</source>
        <translation>குறிப்பிடப்படவில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="83"/>
        <source>Female</source>
        <translation>பெண்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="84"/>
        <source>Male</source>
        <translation>ஆண்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="84"/>
        <source>Other</source>
        <translation>மற்றவை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="86"/>
        <source>&amp;Register</source>
        <translation>பதிவு செய் (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="91"/>
        <source>New patient</source>
        <translation>புதிய நோயாளி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="93"/>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="99"/>
        <source>Born</source>
        <translation>பிறப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="124"/>
        <source>May be registered twice (the same name and date of birth): {0}.</source>
        <translation>இருமுறை பதிவு செய்யப்பட்டிருக்கலாம் (ஒரே பெயர், ஒரே பிறந்த தேதி): {0}.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="129"/>
        <source>Clinic numbers two patients hold: {0}; give one of them a new number.</source>
        <translation>இரண்டு நோயாளிகளுக்கு உள்ள ஒரே கிளினிக் எண்கள்: {0}; அவர்களில் ஒருவருக்குப் புதிய எண் கொடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="143"/>
        <source>Possible duplicates</source>
        <translation>இரட்டிப்பாக இருக்கக்கூடியவை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="166"/>
        <source>{0} found</source>
        <translation>{0} கிடைத்தன</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="169"/>
        <source>born ?</source>
        <translation>பிறப்பு ?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="202"/>
        <source>Already registered?</source>
        <translation>ஏற்கெனவே பதிவு செய்தவரா?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="203"/>
        <source>{0}

Register a new patient anyway?</source>
        <translation>{0}

இருந்தாலும் புதிய நோயாளியைப் பதிவு செய்யவா?</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../healthdesk/ui/pdf_preview.py" line="61"/>
        <source>PDF preview</source>
        <translation>PDF முன்னோட்டம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pdf_preview.py" line="78"/>
        <source>Page {0} of {page_count}</source>
        <translation>பக்கம் {0} / {page_count}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pdf_preview.py" line="87"/>
        <source>The first {shown} of {page_count} pages are shown; open it in another app to see the rest.</source>
        <translation>{page_count} பக்கங்களில் முதல் {shown} காட்டப்படுகின்றன; மீதியைப் பார்க்க வேறு செயலியில் திறக்கவும்.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="98"/>
        <source>No document selected</source>
        <translation>ஆவணம் எதுவும் தேர்ந்தெடுக்கப்படவில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="104"/>
        <source>Choose a document to see it here.

You can also drag files from your computer onto the list to add them.</source>
        <translation>இங்கே பார்க்க ஒரு ஆவணத்தைத் தேர்ந்தெடுங்கள்.

சேர்க்க உங்கள் கணினியிலிருந்து கோப்புகளைப் பட்டியலுக்கு இழுத்தும் விடலாம்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="111"/>
        <source>Image preview</source>
        <translation>பட முன்னோட்டம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="115"/>
        <source>Text preview</source>
        <translation>உரை முன்னோட்டம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="119"/>
        <source>Open in another app</source>
        <translation>வேறு செயலியில் திற</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="120"/>
        <source>Save a copy…</source>
        <translation>நகலைச் சேமி…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="168"/>
        <source>This kind of file ({mime_type}) cannot be shown here.

Press “Open in another app” or “Save a copy…”.</source>
        <translation>இந்த வகைக் கோப்பை ({mime_type}) இங்கே காட்ட முடியாது.

“வேறு செயலியில் திற” அல்லது “நகலைச் சேமி…” ஐ அழுத்துங்கள்.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="131"/>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="144"/>
        <source>Add a person</source>
        <translation>நபரைச் சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="131"/>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="138"/>
        <source>Rename</source>
        <translation>பெயர் மாற்று</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="138"/>
        <source>Add</source>
        <translation>சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="145"/>
        <source>Rename {0}</source>
        <translation>{0} இன் பெயரை மாற்று</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="159"/>
        <source>New name:</source>
        <translation>புதிய பெயர்:</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="327"/>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="328"/>
        <source>For example, Asha Rao</source>
        <translation>எ.கா. ஆஷா ராவ்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="330"/>
        <source>Add a date of birth</source>
        <translation>பிறந்த தேதியைச் சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="332"/>
        <source>Date of birth</source>
        <translation>பிறந்த தேதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="342"/>
        <source>Sex</source>
        <translation>பாலினம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="351"/>
        <source>Name:</source>
        <translation>பெயர்:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="352"/>
        <source>Date of birth:</source>
        <translation>பிறந்த தேதி:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="353"/>
        <source>Sex:</source>
        <translation>பாலினம்:</translation>
    </message>
</context>
<context>
    <name>ProfilesSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="58"/>
        <source>People</source>
        <translation>நபர்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="64"/>
        <source>People on this device</source>
        <translation>இந்தச் சாதனத்தில் உள்ள நபர்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="73"/>
        <source>Add a person…</source>
        <translation>நபரைச் சேர்…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="74"/>
        <source>Rename…</source>
        <translation>பெயர் மாற்று…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="75"/>
        <source>Delete…</source>
        <translation>நீக்கு…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="121"/>
        <source>Remove this person&apos;s record from this device and your synced devices</source>
        <translation>இந்த நபரின் பதிவை இந்தச் சாதனத்திலிருந்தும் ஒத்திசைந்த சாதனங்களிலிருந்தும் நீக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="123"/>
        <source>Add another person first: the record always keeps at least one.</source>
        <translation>முதலில் வேறொரு நபரைச் சேர்க்கவும்: பதிவில் எப்போதும் குறைந்தது ஒருவர் இருப்பார்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="142"/>
        <source>Delete {0}?</source>
        <translation>{0} ஐ நீக்கவா?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="143"/>
        <source>Delete {0}&apos;s record?</source>
        <translation>{0} இன் பதிவை நீக்கவா?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="145"/>
        <source>Everything recorded about {0} (readings, medicines, appointments, documents and messages) will be removed from this device and from your synced devices. This cannot be undone.</source>
        <translation>{0} பற்றிப் பதிவான அனைத்தும் (அளவீடுகள், மருந்துகள், சந்திப்புகள், ஆவணங்கள், செய்திகள்) இந்தச் சாதனத்திலிருந்தும் ஒத்திசைந்த சாதனங்களிலிருந்தும் நீக்கப்படும். இதைத் திரும்பப் பெற முடியாது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="148"/>
        <source>Delete {0}</source>
        <translation>{0} ஐ நீக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="150"/>
        <source>Keep</source>
        <translation>வைத்திரு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="168"/>
        <source>{0}&apos;s record was deleted.</source>
        <translation>{0} இன் பதிவு நீக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="45"/>
        <source>OK</source>
        <extracomment>Each language&apos;s name in its own script (what the language pickers show). The Qt locale behind each language: Indian formats (lakh grouping, dd/MM/yy).</extracomment>
        <translation>சரி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="46"/>
        <source>Save</source>
        <translation>சேமி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="47"/>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="48"/>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="49"/>
        <source>&amp;Yes</source>
        <translation>ஆம் (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="50"/>
        <source>&amp;No</source>
        <translation>இல்லை (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="51"/>
        <source>Apply</source>
        <translation>பயன்படுத்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="52"/>
        <source>Open</source>
        <translation>திற</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="53"/>
        <source>Discard</source>
        <translation>நிராகரி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="54"/>
        <source>Help</source>
        <translation>உதவி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="55"/>
        <source>Reset</source>
        <translation>மீட்டமை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="56"/>
        <source>Retry</source>
        <translation>மீண்டும் முயல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="57"/>
        <source>Abort</source>
        <translation>கைவிடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="58"/>
        <source>Ignore</source>
        <translation>புறக்கணி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="59"/>
        <source>Don&apos;t Save</source>
        <translation>சேமிக்காதே</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="60"/>
        <source>Restore Defaults</source>
        <translation>இயல்புநிலைகளை மீட்டமை</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="39"/>
        <source>Today&apos;s queue</source>
        <translation>இன்றைய வரிசை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="42"/>
        <source>Queue summary</source>
        <translation>வரிசைச் சுருக்கம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="44"/>
        <source>Patients in today&apos;s queue</source>
        <translation>இன்றைய வரிசையில் உள்ள நோயாளிகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="50"/>
        <source>Why the queue did not change</source>
        <translation>வரிசை ஏன் மாறவில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="60"/>
        <source>Check &amp;in patient on screen</source>
        <translation>திரையில் உள்ள நோயாளியின் வருகையைப் பதி (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="61"/>
        <source>Check in the patient on screen</source>
        <translation>திரையில் உள்ள நோயாளியின் வருகையைப் பதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="63"/>
        <source>&amp;Find and check in…</source>
        <translation>தேடி வருகையைப் பதி… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="64"/>
        <source>Find a patient and check them in</source>
        <translation>நோயாளியைத் தேடி வருகையைப் பதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="65"/>
        <source>&amp;Call in</source>
        <translation>உள்ளே அழை (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="65"/>
        <source>Call the patient in</source>
        <translation>நோயாளியை உள்ளே அழை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="67"/>
        <source>&amp;Visit…</source>
        <translation>வருகை… (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="67"/>
        <source>Open the visit form</source>
        <translation>வருகைப் படிவத்தைத் திற</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="69"/>
        <source>&amp;Left</source>
        <translation>சென்றுவிட்டார் (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="69"/>
        <source>Mark the patient as gone</source>
        <translation>நோயாளி சென்றுவிட்டதாகக் குறி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="99"/>
        <source>waiting</source>
        <translation>காத்திருக்கிறார்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="99"/>
        <source>with the doctor</source>
        <translation>மருத்துவரிடம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="100"/>
        <source>done</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="100"/>
        <source>left</source>
        <translation>சென்றுவிட்டார்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="110"/>
        <source>{0} checked in today, {1} waiting</source>
        <translation>இன்று {0} வருகை பதிவு, {1} காத்திருக்கின்றனர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="114"/>
        <source>{0} min</source>
        <translation>{0} நிமிடம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="115"/>
        <source>{0}. {1}  {2}  {3}  ·  {4}  ·  {5}  {6}</source>
        <translation>{0}. {1}  {2}  {3}  ·  {4}  ·  {5}  {6}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="168"/>
        <source>{0}&apos;s visit is {1}.</source>
        <translation>{0} இன் வருகை {1}.</translation>
    </message>
</context>
<context>
    <name>ReadingEditDialog</name>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="361"/>
        <source>Edit {0} reading</source>
        <translation>{0} அளவீட்டைத் திருத்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="374"/>
        <source>Save the changes (Enter)</source>
        <translation>மாற்றங்களைச் சேமி (Enter)</translation>
    </message>
</context>
<context>
    <name>ReadingEntry</name>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="291"/>
        <source>Add a reading</source>
        <extracomment>Emitted after a reading was saved (argument: the ReadingView).</extracomment>
        <translation>அளவீட்டைச் சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="294"/>
        <source>&amp;Save reading</source>
        <translation>அளவீட்டைச் சேமி (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="295"/>
        <source>Save this reading (Enter)</source>
        <translation>இந்த அளவீட்டைச் சேமி (Enter)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="302"/>
        <source>Last saved reading</source>
        <translation>கடைசியாகச் சேமித்த அளவீடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="334"/>
        <source>Saved: {text} — {label}</source>
        <translation>சேமிக்கப்பட்டது: {text} — {label}</translation>
    </message>
</context>
<context>
    <name>ReadingForm</name>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="86"/>
        <source>Kind of reading</source>
        <extracomment>Emitted when Enter is pressed in a text input. Emitted when the user picks another kind (argument: kind key).</extracomment>
        <translation>அளவீட்டின் வகை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="87"/>
        <source>What you measured</source>
        <translation>நீங்கள் அளந்தது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="90"/>
        <source>&amp;What</source>
        <translation>என்ன (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="99"/>
        <source>Optional, e.g. after a walk</source>
        <translation>விருப்பம், எ.கா. நடைக்குப் பிறகு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="103"/>
        <source>W&amp;hen</source>
        <translation>எப்போது (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="104"/>
        <source>&amp;Note</source>
        <translation>குறிப்பு (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="168"/>
        <source>T&amp;iming</source>
        <translation>நேரம் (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="181"/>
        <source>When you measured: it decides which normal range applies</source>
        <translation>நீங்கள் எப்போது அளந்தீர்கள்: எந்த இயல்பு வரம்பு பொருந்தும் என்பதை இது தீர்மானிக்கும்</translation>
    </message>
</context>
<context>
    <name>ReadingsChart</name>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="128"/>
        <source>Show {0}</source>
        <translation>{0} காட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="129"/>
        <source>Show every reading</source>
        <translation>எல்லா அளவீடுகளையும் காட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="130"/>
        <source>Chart range: {text}</source>
        <translation>வரைபட காலம்: {text}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="135"/>
        <source>Save as PNG…</source>
        <translation>PNG ஆகச் சேமி…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="136"/>
        <source>Save this chart as a picture</source>
        <translation>இந்த வரைபடத்தைப் படமாகச் சேமி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="138"/>
        <source>Preparing the chart…</source>
        <translation>வரைபடம் தயாராகிறது…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="143"/>
        <source>Chart legend</source>
        <translation>வரைபட விளக்கம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="173"/>
        <source>all readings</source>
        <translation>அனைத்து அளவீடுகளும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="174"/>
        <source>the last {span}</source>
        <translation>கடந்த {span}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="177"/>
        <source>Chart of {0}, {span}</source>
        <translation>{0} வரைபடம், {span}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="210"/>
        <source>The chart is unavailable: {exc}</source>
        <translation>வரைபடம் கிடைக்கவில்லை: {exc}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="228"/>
        <source>Readings chart</source>
        <translation>அளவீடுகளின் வரைபடம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="325"/>
        <source>No {0} readings {1}.</source>
        <translation>{1} {0} அளவீடுகள் இல்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="338"/>
        <source>solid</source>
        <translation>திடக்கோடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="338"/>
        <source>dashed</source>
        <translation>கோடிட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="340"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;{1}&lt;/span&gt;&amp;nbsp;{label}&amp;nbsp;({style})</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;{1}&lt;/span&gt;&amp;nbsp;{label}&amp;nbsp;({style})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="350"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;●&lt;/span&gt;&amp;nbsp;{0}</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;●&lt;/span&gt;&amp;nbsp;{0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="354"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;▬&lt;/span&gt;&amp;nbsp;shaded:&amp;nbsp;normal&amp;nbsp;range</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;▬&lt;/span&gt;&amp;nbsp;நிழலிட்டது:&amp;nbsp;இயல்பு&amp;nbsp;வரம்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="361"/>
        <source>Daily averages of {source_points:,} readings; the pale area spans the lowest to highest.</source>
        <translation>{source_points:,} அளவீடுகளின் தினசரி சராசரி; வெளிர் பகுதி குறைந்தது முதல் அதிகம் வரை.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/charts.py" line="365"/>
        <source>%n readings</source>
        <translation>
            <numerusform>%n அளவீடுகள்</numerusform>
            <numerusform>%n அளவீடுகள்</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="367"/>
        <source>(showing {shown} that keep the shape)</source>
        <translation>(வடிவத்தைக் காட்டும் {shown} காட்டப்படுகின்றன)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="369"/>
        <source>Point at a dot to see its value.</source>
        <translation>மதிப்பைப் பார்க்க ஒரு புள்ளியின் மேல் சுட்டியை வையுங்கள்.</translation>
    </message>
</context>
<context>
    <name>ReadingsModel</name>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="278"/>
        <source>Imported from: {sources}</source>
        <extracomment>Kinds in the order people reach for them; the rest follow in the domain&apos;s order. Which preference holds each kind&apos;s display unit (kinds not listed: canonical unit). Emitted after a reload or a page arrived (the page updates its &quot;n of m&quot; label). Emitted when a background read failed (argument: the error).</extracomment>
        <translation>இங்கிருந்து இறக்குமதி: {sources}</translation>
    </message>
</context>
<context>
    <name>ReadingsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="80"/>
        <source>Readings could not be loaded: {exc}</source>
        <extracomment>The widest usual text of each column sizes it (&quot;&quot;: the note column takes what is left).</extracomment>
        <translation>அளவீடுகளை ஏற்ற முடியவில்லை: {exc}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="88"/>
        <location filename="../../healthdesk/ui/pages/readings.py" line="90"/>
        <source>Readings</source>
        <translation>அளவீடுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="91"/>
        <source>Add a reading, see how it compares with the normal range, and look back at earlier ones.</source>
        <translation>அளவீட்டைச் சேர்க்கவும், இயல்பு வரம்புடன் ஒப்பிட்டுப் பாருங்கள், முந்தையவற்றைப் பாருங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="120"/>
        <source>All kinds</source>
        <translation>அனைத்து வகைகளும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="123"/>
        <source>Show readings of</source>
        <translation>இவற்றின் அளவீடுகளைக் காட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="125"/>
        <source>Sh&amp;ow</source>
        <translation>காட்டு (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="128"/>
        <source>&amp;Edit…</source>
        <translation>திருத்து… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="129"/>
        <source>Change the selected reading (Enter or double-click)</source>
        <translation>தேர்ந்தெடுத்த அளவீட்டை மாற்று (Enter அல்லது இருமுறை கிளிக்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="131"/>
        <source>&amp;Delete</source>
        <translation>நீக்கு (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="133"/>
        <source>Delete the selected reading (Delete); you can undo it</source>
        <translation>தேர்ந்தெடுத்த அளவீட்டை நீக்கு (Delete); செயல்தவிர்க்கலாம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="146"/>
        <source>&amp;Undo</source>
        <translation>செயல்தவிர் (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="147"/>
        <source>Bring the reading back (Ctrl+Z)</source>
        <translation>அளவீட்டை மீட்டெடு (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="149"/>
        <source>Dismiss</source>
        <translation>மூடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="150"/>
        <source>Hide this message</source>
        <translation>இந்தச் செய்தியை மறை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="160"/>
        <source>Readings list, newest first</source>
        <translation>அளவீடுகளின் பட்டியல், புதியது முதலில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="248"/>
        <source>{kind} readings</source>
        <translation>{kind} அளவீடுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="249"/>
        <source>readings</source>
        <translation>அளவீடுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="251"/>
        <source>No {what} yet. Add one above.</source>
        <translation>இன்னும் {what} இல்லை. மேலே ஒன்றைச் சேர்க்கவும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="254"/>
        <source>{total:,} {what} (newest first; scroll for older ones)</source>
        <translation>{total:,} {what} (புதியவை முதலில்; பழையவற்றுக்கு உருட்டுங்கள்)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="257"/>
        <source>{total:,} {what}, newest first</source>
        <translation>{total:,} {what}, புதியவை முதலில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="335"/>
        <source>Reading deleted: {0} on {1}.</source>
        <translation>அளவீடு நீக்கப்பட்டது: {1} அன்று {0}.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_form_base.py" line="162"/>
        <source>Save (Ctrl+S)</source>
        <translation>சேமி (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>RecordForms</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="66"/>
        <source>Edit allergy</source>
        <translation>ஒவ்வாமையைத் திருத்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="67"/>
        <source>Add an allergy</source>
        <translation>ஒவ்வாமையைச் சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="69"/>
        <source>&amp;Substance</source>
        <translation>பொருள் (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="70"/>
        <source>e.g. Penicillin</source>
        <translation>எ.கா. Penicillin</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="71"/>
        <source>&amp;Kind</source>
        <translation>வகை (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="73"/>
        <source>Se&amp;verity</source>
        <translation>தீவிரம் (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="75"/>
        <source>&amp;Reaction</source>
        <translation>எதிர்வினை (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="76"/>
        <source>e.g. hives, swelling</source>
        <translation>எ.கா. தடிப்பு, வீக்கம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="77"/>
        <source>&amp;Noted on</source>
        <translation>பதிவு செய்த தேதி (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="79"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="249"/>
        <source>N&amp;otes</source>
        <translation>குறிப்புகள் (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="91"/>
        <source>Edit condition</source>
        <translation>நோய் நிலையைத் திருத்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="92"/>
        <source>Add a condition</source>
        <translation>நோய் நிலையைச் சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="94"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="228"/>
        <source>&amp;Name</source>
        <translation>பெயர் (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="95"/>
        <source>e.g. Type 2 diabetes</source>
        <translation>எ.கா. வகை 2 நீரிழிவு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="96"/>
        <source>&amp;ICD-10 code</source>
        <translation>ICD-10 குறியீடு (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="97"/>
        <source>Optional, e.g. E11.9</source>
        <translation>விருப்பம், எ.கா. E11.9</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="98"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="182"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="235"/>
        <source>Optional</source>
        <translation>விருப்பம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="99"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="190"/>
        <source>&amp;Status</source>
        <translation>நிலை (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="101"/>
        <source>Since (&amp;onset)</source>
        <translation>எப்போது முதல் (தொடக்கம்) (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="103"/>
        <source>&amp;Resolved on</source>
        <translation>குணமான தேதி (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="105"/>
        <source>No&amp;tes</source>
        <translation>குறிப்புகள் (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="125"/>
        <source>Edit symptom</source>
        <translation>அறிகுறியைத் திருத்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="126"/>
        <source>Log a symptom</source>
        <translation>அறிகுறியைப் பதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="128"/>
        <source>&amp;Symptom</source>
        <translation>அறிகுறி (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="129"/>
        <source>e.g. Headache</source>
        <translation>எ.கா. தலைவலி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="130"/>
        <source>Se&amp;verity (1–10)</source>
        <translation>தீவிரம் (1–10) (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="132"/>
        <source>1 = barely noticeable, 10 = the worst you can imagine.</source>
        <translation>1 = அரிதாகவே உணரப்படும், 10 = நீங்கள் நினைக்கக்கூடிய மிக மோசமானது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="134"/>
        <source>Choose 1 to 10</source>
        <translation>1 முதல் 10 வரை தேர்ந்தெடுங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="144"/>
        <source>Started &amp;at</source>
        <translation>எப்போது தொடங்கியது (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="148"/>
        <source>How &amp;long (minutes)</source>
        <translation>எவ்வளவு நேரம் (நிமிடங்கள்) (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="150"/>
        <source>Optional, e.g. 90</source>
        <translation>விருப்பம், எ.கா. 90</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="151"/>
        <source>&amp;Where (body area)</source>
        <translation>எங்கே (உடல் பகுதி) (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="153"/>
        <source>Optional, e.g. head, chest, lower back</source>
        <translation>விருப்பம், எ.கா. தலை, மார்பு, கீழ் முதுகு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="155"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="192"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="217"/>
        <source>&amp;Note</source>
        <translation>குறிப்பு (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="167"/>
        <source>Edit goal</source>
        <translation>இலக்கைத் திருத்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="168"/>
        <source>Set a goal</source>
        <translation>இலக்கை அமை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="169"/>
        <source>&amp;Goal</source>
        <translation>இலக்கு (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="170"/>
        <source>e.g. Weight down to 80 kg</source>
        <translation>எ.கா. எடையை 80 kg க்குக் குறைத்தல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="171"/>
        <source>Progress I record by hand</source>
        <translation>நானே பதியும் முன்னேற்றம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="172"/>
        <source>{kind} readings</source>
        <translation>{kind} அளவீடுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="174"/>
        <source>&amp;Follows</source>
        <translation>எதைப் பின்தொடர்கிறது (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="177"/>
        <source>&amp;Direction</source>
        <translation>திசை (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="180"/>
        <source>St&amp;arting value</source>
        <translation>தொடக்க மதிப்பு (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="183"/>
        <source>&amp;Target value</source>
        <translation>இலக்கு மதிப்பு (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="185"/>
        <source>&amp;Unit</source>
        <translation>அலகு (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="186"/>
        <source>e.g. kg, steps, minutes</source>
        <translation>எ.கா. kg, அடிகள், நிமிடங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="187"/>
        <source>D&amp;ue by</source>
        <translation>எப்போதுக்குள் (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="211"/>
        <source>Record progress</source>
        <translation>முன்னேற்றத்தைப் பதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="212"/>
        <source>Where does “{title}” stand today?</source>
        <translation>“{title}” இன்று எங்கே உள்ளது?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="215"/>
        <source>&amp;Value{unit}</source>
        <translation>மதிப்பு{unit} (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="216"/>
        <source>e.g. 82.5</source>
        <translation>எ.கா. 82.5</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="225"/>
        <source>Edit emergency contact</source>
        <translation>அவசரத் தொடர்பைத் திருத்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="226"/>
        <source>Add an emergency contact</source>
        <translation>அவசரத் தொடர்பைச் சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="229"/>
        <source>&amp;Relationship</source>
        <translation>உறவு (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="231"/>
        <source>e.g. daughter, GP, neighbour</source>
        <translation>எ.கா. மகள், மருத்துவர், அண்டை வீட்டார்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="232"/>
        <source>&amp;Phone</source>
        <translation>தொலைபேசி (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="233"/>
        <source>e.g. +91 98400 12345</source>
        <translation>எ.கா. +91 98400 12345</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="234"/>
        <source>&amp;Email</source>
        <translation>மின்னஞ்சல் (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="236"/>
        <source>Call &amp;order</source>
        <translation>அழைப்பு வரிசை (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="238"/>
        <source>1 is called first.</source>
        <translation>1 முதலில் அழைக்கப்படுவார்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="239"/>
        <source>Emergency &amp;alerts</source>
        <translation>அவசர எச்சரிக்கைகள் (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="243"/>
        <source>Pre&amp;ferred way</source>
        <translation>விருப்பமான வழி (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="265"/>
        <source>Document details</source>
        <translation>ஆவண விவரங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="266"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="282"/>
        <source>&amp;Title</source>
        <translation>தலைப்பு (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="268"/>
        <source>&amp;Category</source>
        <translation>வகை (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="269"/>
        <source>&amp;Date</source>
        <translation>தேதி (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="270"/>
        <source>Ta&amp;gs</source>
        <translation>குறிச்சொற்கள் (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="271"/>
        <source>Separate tags with commas.</source>
        <translation>குறிச்சொற்களைக் காற்புள்ளியால் பிரியுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="272"/>
        <source>e.g. kidney, 2024</source>
        <translation>எ.கா. சிறுநீரகம், 2024</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="279"/>
        <source>New conversation</source>
        <translation>புதிய உரையாடல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="280"/>
        <source>Notes shared by everyone who cares for this person.</source>
        <translation>இந்த நபரைப் பராமரிக்கும் அனைவரும் பகிரும் குறிப்புகள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="283"/>
        <source>e.g. Care notes</source>
        <translation>எ.கா. பராமரிப்புக் குறிப்புகள்</translation>
    </message>
</context>
<context>
    <name>RecordsClinical</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="44"/>
        <source>Allergies: none recorded</source>
        <translation>ஒவ்வாமைகள்: எதுவும் பதிவில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="45"/>
        <source>Allergies: {0}</source>
        <translation>ஒவ்வாமைகள்: {0}</translation>
    </message>
</context>
<context>
    <name>RecordsImmunizations</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="21"/>
        <source>Dose {dose_number}</source>
        <translation>டோஸ் {dose_number}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="28"/>
        <source>Edit vaccination</source>
        <translation>தடுப்பூசியைத் திருத்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="29"/>
        <source>Add a vaccination</source>
        <translation>தடுப்பூசியைச் சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="31"/>
        <source>&amp;Vaccine</source>
        <translation>தடுப்பூசி (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="32"/>
        <source>e.g. Influenza (flu)</source>
        <translation>எ.கா. இன்ஃப்ளுயன்ஸா (ஃப்ளூ)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="34"/>
        <source>&amp;Given on</source>
        <translation>போட்ட தேதி (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="38"/>
        <source>Not known</source>
        <translation>தெரியவில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="40"/>
        <source>&amp;Dose number</source>
        <translation>டோஸ் எண் (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="42"/>
        <source>Which dose of the series (1 for the first).</source>
        <translation>தொடரின் எந்த டோஸ் (முதலாவதுக்கு 1).</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="44"/>
        <source>&amp;Status</source>
        <translation>நிலை (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="46"/>
        <source>&amp;Lot number</source>
        <translation>லாட் எண் (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="47"/>
        <source>Optional, from the vial</source>
        <translation>விருப்பம், குப்பியிலிருந்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="49"/>
        <source>S&amp;ite</source>
        <translation>இடம் (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="50"/>
        <source>e.g. left arm</source>
        <translation>எ.கா. இடது கை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="51"/>
        <source>Given &amp;by</source>
        <translation>போட்டவர் (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="52"/>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="57"/>
        <source>Optional</source>
        <translation>விருப்பம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="54"/>
        <source>&amp;CVX code</source>
        <translation>CVX குறியீடு (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="55"/>
        <source>Optional: the CDC vaccine code, e.g. 140.</source>
        <translation>விருப்பம்: CDC தடுப்பூசிக் குறியீடு, எ.கா. 140.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="58"/>
        <source>&amp;Next dose due</source>
        <translation>அடுத்த டோஸ் எப்போது (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="60"/>
        <source>When the next dose or booster is due; leave empty if none.</source>
        <translation>அடுத்த டோஸ் அல்லது பூஸ்டர் எப்போது; இல்லையெனில் காலியாக விடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="62"/>
        <source>N&amp;otes</source>
        <translation>குறிப்புகள் (&amp;O)</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="39"/>
        <location filename="../../healthdesk/ui/pages/records.py" line="41"/>
        <source>Records</source>
        <translation>பதிவுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="55"/>
        <source>&amp;Allergies</source>
        <translation>ஒவ்வாமைகள் (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="55"/>
        <source>C&amp;onditions</source>
        <translation>நோய் நிலைகள் (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="56"/>
        <source>S&amp;ymptoms</source>
        <translation>அறிகுறிகள் (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="56"/>
        <source>&amp;Goals</source>
        <translation>இலக்குகள் (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="57"/>
        <source>Emergency &amp;contacts</source>
        <translation>அவசரத் தொடர்புகள் (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="57"/>
        <source>&amp;Documents</source>
        <translation>ஆவணங்கள் (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="58"/>
        <source>&amp;Vaccinations</source>
        <translation>தடுப்பூசிகள் (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="60"/>
        <source>Record sections</source>
        <translation>பதிவின் பிரிவுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="65"/>
        <source>{0} (Alt+{1})</source>
        <translation>{0} (Alt+{1})</translation>
    </message>
</context>
<context>
    <name>RecordsSymptoms</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="23"/>
        <source>very severe</source>
        <translation>மிகக் கடுமையானது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="46"/>
        <source>No symptoms logged in the last {SUMMARY_DAYS} days.</source>
        <translation>கடந்த {SUMMARY_DAYS} நாட்களில் அறிகுறிகள் எதுவும் பதிவில்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="52"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {times} · average severity {mean_severity:g}/10 · worst {max_severity}/10 · last {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {times} · சராசரி தீவிரம் {mean_severity:g}/10 · அதிகபட்சம் {max_severity}/10 · கடைசியாக {1}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="59"/>
        <source>…and {more} more</source>
        <translation>…மேலும் {more}</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="133"/>
        <source>Reminders</source>
        <translation>நினைவூட்டல்கள்</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="75"/>
        <source>Take</source>
        <translation>எடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="75"/>
        <source>Take {title}</source>
        <translation>{title} எடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="77"/>
        <source>Skip</source>
        <translation>தவிர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="77"/>
        <source>Skip {title}</source>
        <translation>{title} ஐத் தவிர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="79"/>
        <source>Snooze</source>
        <translation>பிறகு நினைவூட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="79"/>
        <source>Snooze {title}</source>
        <translation>{title} பிறகு நினைவூட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="97"/>
        <source>Reminder: {title}. {body}</source>
        <translation>நினைவூட்டல்: {title}. {body}</translation>
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
        <translation>HealthDesk</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="110"/>
        <source>Open HealthDesk</source>
        <translation>HealthDesk ஐத் திற</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="111"/>
        <source>Show reminders</source>
        <translation>நினைவூட்டல்களைக் காட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="114"/>
        <source>Quit HealthDesk</source>
        <translation>HealthDesk இலிருந்து வெளியேறு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="137"/>
        <source>HealthDesk is still running</source>
        <translation>HealthDesk இன்னும் இயங்குகிறது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="138"/>
        <source>Reminders will appear here. Quit from this icon&apos;s menu.</source>
        <translation>நினைவூட்டல்கள் இங்கே தோன்றும். இந்தக் குறியின் பட்டியலிலிருந்து வெளியேறலாம்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="207"/>
        <source>Answers given while locked</source>
        <translation>பூட்டியிருக்கும்போது அளித்த பதில்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="251"/>
        <source>{0} doses came due while HealthDesk was closed.</source>
        <translation>HealthDesk மூடியிருந்தபோது {0} டோஸ்களின் நேரம் வந்தது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="338"/>
        <source>{title}: taken.</source>
        <translation>{title}: எடுக்கப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="342"/>
        <source>{title}: skipped.</source>
        <translation>{title}: தவிர்க்கப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="347"/>
        <source>{title}: reminding again in {minutes} minutes.</source>
        <translation>{title}: {minutes} நிமிடங்களில் மீண்டும் நினைவூட்டப்படும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="351"/>
        <source>{title}: done.</source>
        <translation>{title}: முடிந்தது.</translation>
    </message>
</context>
<context>
    <name>ReminderList</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="123"/>
        <source>{extra} more on the Today page.</source>
        <translation>இன்று பக்கத்தில் இன்னும் {extra}.</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="151"/>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="152"/>
        <source>HealthDesk reminder</source>
        <translation>HealthDesk நினைவூட்டல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="158"/>
        <source>Open HealthDesk</source>
        <translation>HealthDesk ஐத் திற</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="53"/>
        <source>&amp;Visit summary…</source>
        <translation>வருகைச் சுருக்கம்… (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="54"/>
        <source>A PDF of this person&apos;s record for a doctor: the last 90 days</source>
        <translation>மருத்துவருக்காக இந்த நபரின் பதிவின் PDF: கடந்த 90 நாட்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="57"/>
        <source>Emergency &amp;card…</source>
        <translation>அவசர அட்டை… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="58"/>
        <source>A wallet-size card with allergies, medicines and contacts, and a QR code of the same</source>
        <translation>பணப்பை அளவு அட்டை: ஒவ்வாமைகள், மருந்துகள், தொடர்புகள், அவற்றின் QR குறியீடும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="70"/>
        <source>Choose a person first</source>
        <translation>முதலில் ஒரு நபரைத் தேர்ந்தெடுங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="71"/>
        <source>Add or choose a person, then make the PDF.</source>
        <translation>ஒரு நபரைச் சேர்க்கவும் அல்லது தேர்ந்தெடுக்கவும், பிறகு PDF உருவாக்கவும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="88"/>
        <source>Save the visit summary as</source>
        <translation>வருகைச் சுருக்கத்தை இவ்வாறு சேமி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="89"/>
        <source>Visit summary {0} {today}.pdf</source>
        <translation>வருகைச் சுருக்கம் {0} {today}.pdf</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="93"/>
        <source>Saved the visit summary of {name}</source>
        <translation>{name} இன் வருகைச் சுருக்கம் சேமிக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="100"/>
        <source>Save the emergency card as</source>
        <translation>அவசர அட்டையை இவ்வாறு சேமி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="100"/>
        <source>Emergency card {0}.pdf</source>
        <translation>அவசர அட்டை {0}.pdf</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="103"/>
        <source>Saved the emergency card of {name}</source>
        <translation>{name} இன் அவசர அட்டை சேமிக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="127"/>
        <source>Not saved</source>
        <translation>சேமிக்கப்படவில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="128"/>
        <source>The PDF was not saved: {exc}</source>
        <translation>PDF சேமிக்கப்படவில்லை: {exc}</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="51"/>
        <source>Made {0}. People: {people}. Holds {counts}.</source>
        <translation>{0} அன்று உருவானது. நபர்கள்: {people}. இதில் உள்ளவை: {counts}.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="166"/>
        <source>Replace the record?</source>
        <translation>பதிவை மாற்றவா?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="167"/>
        <source>{summary}

Replace the record on this device with this backup? The current record is kept beside it, renamed.</source>
        <translation>{summary}

இந்தச் சாதனத்தின் பதிவை இந்தக் காப்புப் பிரதியால் மாற்றவா? தற்போதைய பதிவு பெயர் மாற்றப்பட்டு அருகில் வைக்கப்படும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="178"/>
        <source>&amp;Restore from backup…</source>
        <translation>காப்புப் பிரதியிலிருந்து மீட்டமை… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="179"/>
        <source>See what a backup holds, then put it in place of this record</source>
        <translation>காப்புப் பிரதியில் என்ன உள்ளது எனப் பார்த்து, பிறகு இந்தப் பதிவின் இடத்தில் வை</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="60"/>
        <source>Restore from a backup</source>
        <translation>காப்புப் பிரதியிலிருந்து மீட்டமை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="64"/>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="85"/>
        <source>Backup file</source>
        <translation>காப்புப் பிரதி கோப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="65"/>
        <source>Choose…</source>
        <translation>தேர்ந்தெடு…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="69"/>
        <source>The backup&apos;s passphrase</source>
        <translation>காப்புப் பிரதியின் கடவுச்சொல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="70"/>
        <source>Show what it holds</source>
        <translation>இதில் என்ன உள்ளது எனக் காட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="72"/>
        <source>Choose a backup and enter the passphrase it was made with.</source>
        <translation>காப்புப் பிரதியைத் தேர்ந்தெடுத்து, அது உருவாக்கப்பட்ட கடவுச்சொல்லை உள்ளிடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="74"/>
        <source>What the backup holds</source>
        <translation>காப்புப் பிரதியில் உள்ளவை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="75"/>
        <source>Restoring replaces the record on this device with the backup&apos;s. The current record is kept beside it, renamed, never deleted.</source>
        <translation>மீட்டமைத்தால் இந்தச் சாதனத்தின் பதிவு காப்புப் பிரதியுடையதால் மாற்றப்படும். தற்போதைய பதிவு பெயர் மாற்றப்பட்டு அருகிலேயே வைக்கப்படும், ஒருபோதும் நீக்கப்படாது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="80"/>
        <source>Restore</source>
        <translation>மீட்டமை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="87"/>
        <source>Passphrase</source>
        <translation>கடவுச்சொல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="108"/>
        <source>Reading the backup…</source>
        <translation>காப்புப் பிரதி படிக்கப்படுகிறது…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="131"/>
        <source>Restoring…</source>
        <translation>மீட்டமைக்கப்படுகிறது…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="148"/>
        <source>Nothing was restored: {exc}</source>
        <translation>எதுவும் மீட்டமைக்கப்படவில்லை: {exc}</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="59"/>
        <source>Keep records</source>
        <translation>பதிவுகளை வைத்திரு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="64"/>
        <source>Older records of the kinds below can be erased automatically: on start, once a day, and after a sync. What goes is erased for good, on every device that holds this person and on the sync server.</source>
        <translation>கீழே உள்ள வகைகளின் பழைய பதிவுகள் தானாக அழிக்கப்படலாம்: தொடங்கும்போது, தினமும் ஒருமுறை, ஒத்திசைவுக்குப் பிறகு. அழிக்கப்படுவது நிரந்தரமாக அழியும், இந்த நபரை வைத்திருக்கும் எல்லாச் சாதனங்களிலும் ஒத்திசைவு சர்வரிலும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="71"/>
        <source>Apply now</source>
        <translation>இப்போது பயன்படுத்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="106"/>
        <source>Keep {what}</source>
        <translation>{what} வைத்திரு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="126"/>
        <source>Older to erase: {0}</source>
        <translation>அழிக்க வேண்டிய பழையவை: {0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="142"/>
        <source>The rule</source>
        <translation>விதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="154"/>
        <source>Records erased: {0}.</source>
        <translation>அழிக்கப்பட்ட பதிவுகள்: {0}.</translation>
    </message>
</context>
<context>
    <name>RetentionTimer</name>
    <message>
        <location filename="../../healthdesk/ui/retention_timer.py" line="26"/>
        <source>Older records erased by the rules in Settings ▸ Keep records: {0}.</source>
        <translation>அமைப்புகள் ▸ பதிவுகளை வைத்திரு விதிகளால் அழிக்கப்பட்ட பழைய பதிவுகள்: {0}.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/retention_timer.py" line="31"/>
        <source>The retention rules could not run: {0}</source>
        <translation>பதிவு வைப்பு விதிகளை இயக்க முடியவில்லை: {0}</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="77"/>
        <source>When to take it</source>
        <extracomment>Emitted whenever any choice changes, so the dialog can re-word its summary.</extracomment>
        <translation>எப்போது எடுக்க வேண்டும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="84"/>
        <source>At set times</source>
        <translation>குறித்த நேரங்களில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="85"/>
        <source>As needed</source>
        <translation>தேவைப்படும்போது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="97"/>
        <source>Times of day</source>
        <translation>நாளின் நேரங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="99"/>
        <source>Add a time</source>
        <translation>நேரத்தைச் சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="100"/>
        <source>Add another time of day (up to 12)</source>
        <translation>நாளின் இன்னொரு நேரத்தைச் சேர் (12 வரை)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="107"/>
        <source>Every day</source>
        <translation>தினமும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="108"/>
        <source>On these days:</source>
        <translation>இந்த நாட்களில்:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="109"/>
        <source>Every</source>
        <translation>ஒவ்வொரு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="124"/>
        <source> days</source>
        <translation> நாட்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="125"/>
        <source>Every how many days</source>
        <translation>எத்தனை நாளுக்கு ஒருமுறை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="136"/>
        <source>Which days</source>
        <translation>எந்த நாட்களில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="147"/>
        <source> hours</source>
        <translation> மணி நேரம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="149"/>
        <source>Minimum time between doses</source>
        <translation>இரண்டு டோஸ்களுக்கு இடையே குறைந்தபட்ச நேரம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="153"/>
        <source>Most doses a day</source>
        <translation>ஒரு நாளில் அதிகபட்ச டோஸ்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="154"/>
        <source>At least</source>
        <translation>குறைந்தது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="156"/>
        <source>between doses</source>
        <translation>டோஸ்களுக்கு இடையே</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="157"/>
        <source>At most</source>
        <translation>அதிகபட்சம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="159"/>
        <source>doses a day</source>
        <translation>டோஸ்கள் ஒரு நாளில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="163"/>
        <source>Keep home time zone</source>
        <translation>வீட்டு நேர மண்டலத்தை வைத்திரு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="164"/>
        <source>Follow my current time zone</source>
        <translation>எனது தற்போதைய நேர மண்டலத்தைப் பின்பற்று</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="172"/>
        <source>When you travel: keep taking it at home times, or at the same clock time wherever you are.</source>
        <translation>பயணத்தில்: வீட்டு நேரத்திலேயே எடுங்கள், அல்லது எங்கிருந்தாலும் அதே கடிகார நேரத்தில்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="233"/>
        <source>Keep home time zone ({home})</source>
        <translation>வீட்டு நேர மண்டலத்தை வைத்திரு ({home})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="235"/>
        <source>Follow my current time zone{here}</source>
        <translation>எனது தற்போதைய நேர மண்டலத்தைப் பின்பற்று{here}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="134"/>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="137"/>
        <source>Search</source>
        <translation>தேடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="138"/>
        <source>Search the record</source>
        <translation>பதிவில் தேடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="139"/>
        <source>Search ({0}). Up and Down choose a result, Enter opens it.</source>
        <translation>தேடு ({0}). மேல், கீழ் விசைகளால் முடிவைத் தேர்ந்தெடுங்கள், Enter திறக்கும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="147"/>
        <source>Only the current person</source>
        <translation>தற்போதைய நபர் மட்டும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="149"/>
        <source>Search only the current person&apos;s record</source>
        <translation>தற்போதைய நபரின் பதிவில் மட்டும் தேடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="151"/>
        <source>Search results</source>
        <translation>தேடல் முடிவுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="160"/>
        <source>Search status</source>
        <translation>தேடல் நிலை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="204"/>
        <source>Only {0}</source>
        <translation>{0} மட்டும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="275"/>
        <source>Nothing found for “{0}”.</source>
        <translation>“{0}” க்கு எதுவும் கிடைக்கவில்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="277"/>
        <source>Showing the best {0} results. Type more words to narrow the search.</source>
        <translation>சிறந்த {0} முடிவுகள் காட்டப்படுகின்றன. தேடலைக் குறைக்க மேலும் சொற்களைத் தட்டச்சு செய்யுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="280"/>
        <source>1 result</source>
        <translation>1 முடிவு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="281"/>
        <source>{0} results</source>
        <translation>{0} முடிவுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="282"/>
        <source>{0}. Press Enter to open the highlighted one.</source>
        <translation>{0}. தேர்ந்தெடுத்ததைத் திறக்க Enter அழுத்துங்கள்.</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="35"/>
        <source>Set-aside changes</source>
        <translation>ஒதுக்கி வைத்த மாற்றங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="39"/>
        <source>Changes from the server not applied here</source>
        <translation>இங்கே பயன்படுத்தப்படாத சர்வர் மாற்றங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="42"/>
        <source>Changes from this device refused by the server</source>
        <translation>சர்வர் மறுத்த இந்தச் சாதனத்தின் மாற்றங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="44"/>
        <source>&amp;Send refused changes again</source>
        <translation>மறுக்கப்பட்ட மாற்றங்களை மீண்டும் அனுப்பு (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="48"/>
        <source>Set-aside message</source>
        <translation>ஒதுக்கி வைத்த மாற்றங்களின் செய்தி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="53"/>
        <source>From the server, not applied here (tried again with every sync; they leave this list once they apply):</source>
        <translation>சர்வரிலிருந்து வந்தவை, இங்கே பயன்படுத்தப்படவில்லை (ஒவ்வொரு ஒத்திசைவிலும் மீண்டும் முயலப்படும்; பயன்பட்டதும் பட்டியலிலிருந்து விலகும்):</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="58"/>
        <source>From this device, refused by the server:</source>
        <translation>இந்தச் சாதனத்திலிருந்து, சர்வர் மறுத்தவை:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="77"/>
        <source>Nothing here.</source>
        <translation>இங்கே எதுவும் இல்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="85"/>
        <source>{0} refused change(s) will be sent with the next sync.</source>
        <translation>மறுக்கப்பட்ட {0} மாற்றங்கள் அடுத்த ஒத்திசைவுடன் அனுப்பப்படும்.</translation>
    </message>
</context>
<context>
    <name>SettingsKeys</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="25"/>
        <source>Passphrase</source>
        <translation>கடவுச்சொல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="26"/>
        <source>The store&apos;s passphrase:</source>
        <translation>சேமிப்பகத்தின் கடவுச்சொல்:</translation>
    </message>
</context>
<context>
    <name>SettingsNotifications</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="33"/>
        <source>Dose reminders</source>
        <translation>டோஸ் நினைவூட்டல்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="34"/>
        <source>Missed doses</source>
        <translation>தவறிய டோஸ்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="35"/>
        <source>Caregiver alerts</source>
        <translation>பராமரிப்பாளர் எச்சரிக்கைகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="36"/>
        <source>Refills due</source>
        <translation>மீண்டும் வாங்க வேண்டியவை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="37"/>
        <source>Appointments</source>
        <translation>சந்திப்புகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="38"/>
        <source>Readings that need care now</source>
        <translation>இப்போதே கவனம் தேவைப்படும் அளவீடுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="39"/>
        <source>Sync problems</source>
        <translation>ஒத்திசைவுச் சிக்கல்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="40"/>
        <source>Emergency alerts</source>
        <translation>அவசர எச்சரிக்கைகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="42"/>
        <source>In the app</source>
        <translation>செயலியில்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="43"/>
        <source>Tray</source>
        <translation>டிரே</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="44"/>
        <source>E-mail</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="45"/>
        <source>Text (webhook)</source>
        <translation>குறுஞ்செய்தி (வெப்ஹூக்)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="86"/>
        <source>Settings</source>
        <translation>அமைப்புகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="169"/>
        <source>Security</source>
        <translation>பாதுகாப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="170"/>
        <source>Change passphrase…</source>
        <translation>கடவுச்சொல்லை மாற்று…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="172"/>
        <source>Lock now</source>
        <translation>இப்போது பூட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="173"/>
        <source>Lock HealthDesk now (Ctrl+L)</source>
        <translation>HealthDesk ஐ இப்போது பூட்டு (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="175"/>
        <source>Remember on this device</source>
        <translation>இந்தச் சாதனத்தில் நினைவில் வை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="177"/>
        <source>Open HealthDesk without the passphrase on this computer. The key is kept in the computer&apos;s secure keyring, never in a file.</source>
        <translation>இந்தக் கணினியில் HealthDesk ஐக் கடவுச்சொல் இல்லாமல் திற. விசை கணினியின் பாதுகாப்பான கீரிங்கில் வைக்கப்படும், ஒருபோதும் கோப்பில் அல்ல.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="183"/>
        <source>Never</source>
        <translation>ஒருபோதும் இல்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="184"/>
        <source> minutes</source>
        <translation> நிமிடங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="186"/>
        <source>Lock after minutes idle</source>
        <translation>இத்தனை நிமிடங்கள் செயலற்றிருந்தால் பூட்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="196"/>
        <source>Lock after idle:</source>
        <translation>இவ்வளவு நேரம் செயலற்றிருந்தால் பூட்டு:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="202"/>
        <source>Units</source>
        <translation>அலகுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="207"/>
        <source>{0} unit</source>
        <translation>{0} அலகு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="213"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="219"/>
        <source>Appearance</source>
        <translation>தோற்றம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="221"/>
        <source>Theme</source>
        <translation>தீம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="230"/>
        <source>Text size</source>
        <translation>எழுத்து அளவு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="233"/>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="237"/>
        <source>The window changes language at once; what you have typed stays.</source>
        <translation>சாளரத்தின் மொழி உடனே மாறும்; நீங்கள் தட்டச்சு செய்தது அப்படியே இருக்கும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="242"/>
        <source>Theme:</source>
        <translation>தீம்:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="244"/>
        <source>Text size:</source>
        <translation>எழுத்து அளவு:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="246"/>
        <source>Language:</source>
        <translation>மொழி:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="253"/>
        <source>Reminders</source>
        <translation>நினைவூட்டல்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="254"/>
        <source>No quiet hours</source>
        <translation>அமைதி நேரம் இல்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="255"/>
        <source>During quiet hours reminders are shown without a sound or a pop-up.</source>
        <translation>அமைதி நேரத்தில் நினைவூட்டல்கள் ஒலியோ பாப்-அப்போ இல்லாமல் காட்டப்படும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="260"/>
        <source>Quiet hours start</source>
        <translation>அமைதி நேரம் தொடக்கம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="261"/>
        <source>Quiet hours end</source>
        <translation>அமைதி நேரம் முடிவு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="271"/>
        <source>Keep running in the tray</source>
        <translation>டிரேயில் இயங்கட்டும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="272"/>
        <source>When the window is closed, HealthDesk stays in the tray so reminders still appear.</source>
        <translation>சாளரம் மூடியதும் நினைவூட்டல்கள் தொடர HealthDesk டிரேயில் இருக்கும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="274"/>
        <source>Reminders still appear after the window is closed.</source>
        <translation>சாளரம் மூடிய பிறகும் நினைவூட்டல்கள் தோன்றும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="279"/>
        <source>Start HealthDesk when I log in</source>
        <translation>உள்நுழையும்போது HealthDesk ஐத் தொடங்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="280"/>
        <source>So reminders are on from the start of the day</source>
        <translation>நாளின் தொடக்கத்திலிருந்தே நினைவூட்டல்கள் இயங்க</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="286"/>
        <source>From</source>
        <translation>இருந்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="288"/>
        <source>to</source>
        <translation>வரை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="292"/>
        <source>Quiet hours:</source>
        <translation>அமைதி நேரம்:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="307"/>
        <source>Could not change the start-up entry: {0}</source>
        <translation>தொடக்க உள்ளீட்டை மாற்ற முடியவில்லை: {0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="314"/>
        <source>HealthDesk will start when you log in.</source>
        <translation>உள்நுழையும்போது HealthDesk தொடங்கும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="315"/>
        <source>HealthDesk will not start at log-in.</source>
        <translation>உள்நுழையும்போது HealthDesk தொடங்காது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="352"/>
        <source>{0} (translation not installed)</source>
        <translation>{0} (மொழிபெயர்ப்பு நிறுவப்படவில்லை)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="460"/>
        <source>This computer will open HealthDesk without the passphrase.</source>
        <translation>இந்தக் கணினி HealthDesk ஐக் கடவுச்சொல் இல்லாமல் திறக்கும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="461"/>
        <source>The passphrase will be asked for on this computer.</source>
        <translation>இந்தக் கணினியில் கடவுச்சொல் கேட்கப்படும்.</translation>
    </message>
</context>
<context>
    <name>SettingsPrivacy</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="39"/>
        <source>Erase for good?</source>
        <translation>நிரந்தரமாக அழிக்கவா?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="40"/>
        <source>Erase {name} and every record of theirs from this device (and, if you own them, from the sync server and every other device)? This cannot be undone; backups written before still hold them.</source>
        <translation>{name} ஐயும் அவருடைய எல்லாப் பதிவுகளையும் இந்தச் சாதனத்திலிருந்து அழிக்கவா (அவர் உங்களுடையவர் என்றால், ஒத்திசைவு சர்வரிலிருந்தும் மற்ற எல்லாச் சாதனங்களிலிருந்தும்)? இதைத் திரும்பப் பெற முடியாது; முன்பு எடுத்த காப்புப் பிரதிகளில் அவர் இன்னும் இருப்பார்.</translation>
    </message>
</context>
<context>
    <name>SettingsRetention</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="33"/>
        <source>Keep for ever</source>
        <translation>என்றென்றும் வைத்திரு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="36"/>
        <source>1 year</source>
        <translation>1 ஆண்டு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="38"/>
        <source>{0} years</source>
        <translation>{0} ஆண்டுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="40"/>
        <source>1 month</source>
        <translation>1 மாதம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="41"/>
        <source>{0} months</source>
        <translation>{0} மாதங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="46"/>
        <source>Erase older records?</source>
        <translation>பழைய பதிவுகளை அழிக்கவா?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="47"/>
        <source>Keeping {what} for {period} erases {count} older ones for good, on this device, the sync server and the person&apos;s other devices, the next time the rules run (at once if you choose Apply now). Backups written before still hold them.</source>
        <translation>{what} ஐ {period} வைத்திருந்தால் பழைய {count} பதிவுகள் நிரந்தரமாக அழியும், இந்தச் சாதனம், ஒத்திசைவு சர்வர், அந்த நபரின் மற்ற சாதனங்களில், விதிகள் அடுத்து இயங்கும்போது (“இப்போது பயன்படுத்து” தேர்ந்தெடுத்தால் உடனே). முன்பு எடுத்த காப்புப் பிரதிகளில் அவை இன்னும் இருக்கும்.</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="44"/>
        <source>Sharing</source>
        <translation>பகிர்வு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="48"/>
        <source>&amp;People</source>
        <translation>நபர்கள் (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="49"/>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="96"/>
        <source>&amp;Join</source>
        <translation>இணை (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="50"/>
        <source>&amp;Devices</source>
        <translation>சாதனங்கள் (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="53"/>
        <source>Sharing message</source>
        <translation>பகிர்வுச் செய்தி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="68"/>
        <source>People with access</source>
        <translation>அணுகல் உள்ளவர்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="72"/>
        <source>Role for the invite</source>
        <translation>அழைப்புக்கான பங்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="73"/>
        <source>Create &amp;invite code</source>
        <translation>அழைப்புக் குறியீட்டை உருவாக்கு (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="77"/>
        <source>Invite code</source>
        <translation>அழைப்புக் குறியீடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="78"/>
        <source>&amp;Remove access</source>
        <translation>அணுகலை நீக்கு (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="84"/>
        <source>Who can open this person&apos;s record:</source>
        <translation>இந்த நபரின் பதிவை யார் திறக்கலாம்:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="94"/>
        <source>ABCD-EFGH-JKLM</source>
        <translation>ABCD-EFGH-JKLM</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="95"/>
        <source>Invite code to join</source>
        <translation>இணைய அழைப்புக் குறியீடு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="99"/>
        <source>Someone shared a record with you? Enter the code they gave you; the record arrives with the next sync.</source>
        <translation>யாராவது உங்களுடன் பதிவைப் பகிர்ந்தார்களா? அவர்கள் கொடுத்த குறியீட்டை உள்ளிடுங்கள்; அடுத்த ஒத்திசைவுடன் பதிவு வரும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="111"/>
        <source>Signed-in devices</source>
        <translation>உள்நுழைந்த சாதனங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="112"/>
        <source>&amp;Sign that device out</source>
        <translation>அந்தச் சாதனத்தை வெளியேற்று (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="115"/>
        <source>Devices signed in to this account:</source>
        <translation>இந்தக் கணக்கில் உள்நுழைந்த சாதனங்கள்:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="142"/>
        <source>never</source>
        <translation>ஒருபோதும் இல்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="154"/>
        <source>Give this code to the person you invite ({0}); it works once, until {1}.</source>
        <translation>இந்தக் குறியீட்டை நீங்கள் அழைக்கும் நபரிடம் கொடுங்கள் ({0}); இது ஒருமுறை, {1} வரை வேலை செய்யும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="165"/>
        <source>Joined as {0}. Syncing now brings the record here.</source>
        <translation>{0} ஆக இணைந்தீர்கள். இப்போது ஒத்திசைத்தால் பதிவு இங்கே வரும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="174"/>
        <source>Choose whose access to remove.</source>
        <translation>யாருடைய அணுகலை நீக்க வேண்டும் எனத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="179"/>
        <source>{0} no longer has access; their devices remove the record at their next sync.</source>
        <translation>{0} க்கு இனி அணுகல் இல்லை; அவர்களின் சாதனங்கள் அடுத்த ஒத்திசைவில் பதிவை நீக்கும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="188"/>
        <source>Choose a device to sign out.</source>
        <translation>வெளியேற்ற ஒரு சாதனத்தைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="193"/>
        <source>That device is signed out.</source>
        <translation>அந்தச் சாதனம் வெளியேற்றப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="31"/>
        <source>Sign in to sync</source>
        <translation>ஒத்திசைவுக்கு உள்நுழை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="37"/>
        <source>Server address</source>
        <translation>சர்வர் முகவரி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="39"/>
        <source>User name</source>
        <translation>பயனர் பெயர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="42"/>
        <source>Password</source>
        <translation>கடவுச்சொல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="44"/>
        <source>This device&apos;s name</source>
        <translation>இந்தச் சாதனத்தின் பெயர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="46"/>
        <source>only for a server with its own certificate: its SHA-256 fingerprint</source>
        <translation>சொந்தச் சான்றிதழ் உள்ள சர்வருக்கு மட்டும்: அதன் SHA-256 கைரேகை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="48"/>
        <source>Certificate fingerprint</source>
        <translation>சான்றிதழ் கைரேகை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="50"/>
        <source>&amp;Server</source>
        <translation>சர்வர் (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="51"/>
        <source>&amp;User name</source>
        <translation>பயனர் பெயர் (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="52"/>
        <source>&amp;Password</source>
        <translation>கடவுச்சொல் (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="53"/>
        <source>&amp;Device name</source>
        <translation>சாதனத்தின் பெயர் (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="54"/>
        <source>Certificate &amp;fingerprint</source>
        <translation>சான்றிதழ் கைரேகை (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="57"/>
        <source>Sign-in problem</source>
        <translation>உள்நுழைவுச் சிக்கல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="59"/>
        <source>Your records stay encrypted on this device; the server keeps a copy for your other devices and the people you share with.</source>
        <translation>உங்கள் பதிவுகள் இந்தச் சாதனத்தில் மறையாக்கப்பட்டு இருக்கும்; சர்வர் உங்கள் மற்ற சாதனங்களுக்கும் நீங்கள் பகிர்பவர்களுக்கும் ஒரு நகலை வைத்திருக்கும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="65"/>
        <source>Sign in</source>
        <translation>உள்நுழை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="81"/>
        <source>Signing in…</source>
        <translation>உள்நுழைகிறது…</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="35"/>
        <source>Clinic staff</source>
        <translation>கிளினிக் பணியாளர்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="47"/>
        <source>Clinic name</source>
        <translation>கிளினிக் பெயர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="49"/>
        <source>First administrator</source>
        <translation>முதல் நிர்வாகி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="52"/>
        <source>Administrator&apos;s PIN</source>
        <translation>நிர்வாகியின் பின்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="53"/>
        <source>Make this a clinic&apos;s store</source>
        <translation>இதைக் கிளினிக்கின் சேமிப்பகமாக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="56"/>
        <source>Clinic</source>
        <translation>கிளினிக்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="57"/>
        <source>Administrator</source>
        <translation>நிர்வாகி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="58"/>
        <source>PIN</source>
        <translation>பின்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="63"/>
        <source>Staff</source>
        <translation>பணியாளர்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="65"/>
        <source>New member&apos;s name</source>
        <translation>புதிய உறுப்பினரின் பெயர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="71"/>
        <source>New member&apos;s PIN</source>
        <translation>புதிய உறுப்பினரின் பின்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="72"/>
        <source>Add</source>
        <translation>சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="74"/>
        <source>Disable / enable</source>
        <translation>முடக்கு / இயக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="113"/>
        <source>This is a personal store. A clinic&apos;s store has staff who sign in with their own PIN, and every change is recorded under their name.</source>
        <translation>இது தனிப்பட்ட சேமிப்பகம். கிளினிக்கின் சேமிப்பகத்தில் பணியாளர்கள் தங்கள் பின் மூலம் உள்நுழைவார்கள், ஒவ்வொரு மாற்றமும் அவர்கள் பெயரில் பதிவாகும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="119"/>
        <source>Signed in as an administrator: you may add and disable staff.</source>
        <translation>நிர்வாகியாக உள்நுழைந்துள்ளீர்கள்: பணியாளர்களைச் சேர்க்கவும் முடக்கவும் முடியும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="121"/>
        <source>Only an administrator can add or disable staff.</source>
        <translation>நிர்வாகி மட்டுமே பணியாளர்களைச் சேர்க்கவோ முடக்கவோ முடியும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="128"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="130"/>
        <source> (disabled)</source>
        <translation> (முடக்கப்பட்டது)</translation>
    </message>
</context>
<context>
    <name>StaffSignInDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/staff_sign_in.py" line="31"/>
        <source>Staff sign-in</source>
        <translation>பணியாளர் உள்நுழைவு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/staff_sign_in.py" line="33"/>
        <source>Member of staff</source>
        <translation>பணியாளர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/staff_sign_in.py" line="36"/>
        <source>PIN or password</source>
        <translation>பின் அல்லது கடவுச்சொல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/staff_sign_in.py" line="43"/>
        <source>Sign-in problem</source>
        <translation>உள்நுழைவுச் சிக்கல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/staff_sign_in.py" line="46"/>
        <source>&amp;Name</source>
        <translation>பெயர் (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/staff_sign_in.py" line="47"/>
        <source>&amp;PIN</source>
        <translation>பின் (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/staff_sign_in.py" line="49"/>
        <source>Sign in</source>
        <translation>உள்நுழை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/staff_sign_in.py" line="63"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../healthdesk/app/start.py" line="53"/>
        <source>Building a demo record…</source>
        <translation>டெமோ பதிவு உருவாக்கப்படுகிறது…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/app/start.py" line="56"/>
        <source>HealthDesk demo</source>
        <translation>HealthDesk டெமோ</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <location filename="../../healthdesk/ui/strength.py" line="129"/>
        <source>Use at least {MIN_LENGTH} characters. A few unrelated words make a passphrase that is easy to remember.</source>
        <translation>குறைந்தது {MIN_LENGTH} எழுத்துகளைப் பயன்படுத்துங்கள். தொடர்பில்லாத சில சொற்கள் நினைவில் வைக்க எளிய கடவுச்சொல்லாகும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/strength.py" line="133"/>
        <source>This is one of the most common passwords and is guessed first. Choose something else.</source>
        <translation>இது மிகப் பொதுவான கடவுச்சொற்களில் ஒன்று, முதலில் ஊகிக்கப்படும். வேறொன்றைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/strength.py" line="140"/>
        <source>Too short: add {more} (at least {MIN_LENGTH}).</source>
        <translation>மிகக் குறுகியது: இன்னும் {more} சேர்க்கவும் (குறைந்தது {MIN_LENGTH}).</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="229"/>
        <source>Passphrase strength</source>
        <translation>கடவுச்சொல்லின் வலிமை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="250"/>
        <source>Weak</source>
        <translation>பலவீனமானது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="250"/>
        <source>Fair</source>
        <translation>பரவாயில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="250"/>
        <source>Good</source>
        <translation>நல்லது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="251"/>
        <source>Strong</source>
        <translation>வலிமையானது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="252"/>
        <source>Strength: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>வலிமை: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SymptomsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="76"/>
        <source>Started</source>
        <translation>தொடங்கியது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="77"/>
        <source>Symptom</source>
        <translation>அறிகுறி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="78"/>
        <source>Severity</source>
        <translation>தீவிரம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="80"/>
        <source>How long</source>
        <translation>எவ்வளவு நேரம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="81"/>
        <source>Where</source>
        <translation>எங்கே</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="82"/>
        <source>Needs attention</source>
        <translation>கவனம் தேவை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="84"/>
        <source>Note</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="95"/>
        <source>Last {SUMMARY_DAYS} days</source>
        <translation>கடந்த {SUMMARY_DAYS} நாட்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="99"/>
        <source>Symptoms in the last {SUMMARY_DAYS} days</source>
        <translation>கடந்த {SUMMARY_DAYS} நாட்களின் அறிகுறிகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="123"/>
        <source>“{symptom}” logged {0}</source>
        <translation>“{symptom}” {0} பதிவானது</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="57"/>
        <source>Sync status</source>
        <translation>ஒத்திசைவு நிலை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="63"/>
        <source>S&amp;ync</source>
        <translation>ஒத்திசைவு (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="64"/>
        <source>Sync &amp;now</source>
        <translation>இப்போது ஒத்திசை (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="66"/>
        <source>&amp;Sign in…</source>
        <translation>உள்நுழை… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="67"/>
        <source>Sign &amp;out</source>
        <translation>வெளியேறு (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="68"/>
        <source>S&amp;haring…</source>
        <translation>பகிர்வு… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="69"/>
        <source>&amp;Conflicts…</source>
        <translation>முரண்பாடுகள்… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="71"/>
        <source>&amp;Retry refused changes</source>
        <translation>மறுக்கப்பட்ட மாற்றங்களை மீண்டும் முயல் (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="73"/>
        <source>Set-&amp;aside changes…</source>
        <translation>ஒதுக்கி வைத்த மாற்றங்கள்… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="75"/>
        <source>S&amp;top sync</source>
        <translation>ஒத்திசைவை நிறுத்து (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="111"/>
        <location filename="../../healthdesk/ui/sync_menu.py" line="153"/>
        <source>Syncing…</source>
        <translation>ஒத்திசைக்கிறது…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="164"/>
        <source>Stopping sync…</source>
        <translation>ஒத்திசைவு நிறுத்தப்படுகிறது…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="173"/>
        <source>Synced: sent {0}, received {1}.</source>
        <translation>ஒத்திசைந்தது: {0} அனுப்பப்பட்டன, {1} பெறப்பட்டன.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="217"/>
        <source>Conflicts</source>
        <translation>முரண்பாடுகள்</translation>
    </message>
</context>
<context>
    <name>TimeRow</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="57"/>
        <source>Time of day</source>
        <translation>நாளின் நேரம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="59"/>
        <source>Remove</source>
        <translation>நீக்கு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="60"/>
        <source>Remove this time</source>
        <translation>இந்த நேரத்தை நீக்கு</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="60"/>
        <source>Good morning</source>
        <translation>காலை வணக்கம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="61"/>
        <source>Good afternoon</source>
        <translation>மதிய வணக்கம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="62"/>
        <source>Good evening</source>
        <translation>மாலை வணக்கம்</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="101"/>
        <source>Today</source>
        <translation>இன்று</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="103"/>
        <source>Greeting</source>
        <translation>வாழ்த்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="114"/>
        <source>Doses today</source>
        <translation>இன்றைய டோஸ்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="117"/>
        <source>When needed</source>
        <translation>தேவைப்படும்போது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="120"/>
        <source>Doses taken</source>
        <translation>எடுத்த டோஸ்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="124"/>
        <source>Doses taken this week</source>
        <translation>இந்த வாரம் எடுத்த டோஸ்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="132"/>
        <source>Alerts for you</source>
        <translation>உங்களுக்கான எச்சரிக்கைகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="137"/>
        <source>Running low</source>
        <translation>குறைவாக உள்ளது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="140"/>
        <source>Symptoms that need attention</source>
        <translation>கவனம் தேவைப்படும் அறிகுறிகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="150"/>
        <source>Next appointments</source>
        <translation>அடுத்த சந்திப்புகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="153"/>
        <source>Latest readings</source>
        <translation>சமீபத்திய அளவீடுகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="193"/>
        <source>Add a person in Settings to start their record.</source>
        <translation>பதிவைத் தொடங்க அமைப்புகளில் ஒரு நபரைச் சேர்க்கவும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="221"/>
        <source>Could not load today&apos;s summary: {exc}</source>
        <translation>இன்றைய சுருக்கத்தை ஏற்ற முடியவில்லை: {exc}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="231"/>
        <source>No doses scheduled today.</source>
        <translation>இன்று டோஸ் எதுவும் திட்டமிடப்படவில்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="269"/>
        <source>No appointments planned.</source>
        <translation>சந்திப்புகள் எதுவும் திட்டமிடப்படவில்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="291"/>
        <source>No readings yet.</source>
        <translation>இன்னும் அளவீடுகள் இல்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="320"/>
        <source>No scheduled doses to count yet this week.</source>
        <translation>இந்த வாரம் எண்ணுவதற்கு இன்னும் திட்டமிட்ட டோஸ்கள் இல்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="324"/>
        <source>{taken} of {scheduled} doses taken in the last 7 days ({percent}%).</source>
        <translation>கடந்த 7 நாட்களில் {scheduled} டோஸ்களில் {taken} எடுக்கப்பட்டன ({percent}%).</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="334"/>
        <source>{days} days: {p}%</source>
        <translation>{days} நாட்கள்: {p}%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/today.py" line="341"/>
        <source>%n days in a row with every dose taken</source>
        <translation>
            <numerusform>தொடர்ந்து %n நாட்கள் ஒவ்வொரு டோஸும் எடுக்கப்பட்டது</numerusform>
            <numerusform>தொடர்ந்து %n நாட்கள் ஒவ்வொரு டோஸும் எடுக்கப்பட்டது</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="342"/>
        <source>No streak running: every dose today starts a new one</source>
        <translation>தொடர் எதுவும் இல்லை: இன்றைய ஒவ்வொரு டோஸும் புதிய தொடரைத் தொடங்கும்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="344"/>
        <source>(best {best})</source>
        <translation>(சிறந்தது {best})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="360"/>
        <source>Refill soon</source>
        <translation>விரைவில் மீண்டும் வாங்குங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="381"/>
        <source>{person_name} has not taken {medication_title} (due {when}).</source>
        <translation>{person_name} {medication_title} எடுக்கவில்லை ({when} க்கு எடுக்க வேண்டியது).</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="385"/>
        <source>I&apos;m on it</source>
        <translation>நான் பார்த்துக்கொள்கிறேன்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="386"/>
        <source>Acknowledge: the next caregiver will not be alerted</source>
        <translation>ஏற்றுக்கொள்: அடுத்த பராமரிப்பாளருக்கு எச்சரிக்கை போகாது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="387"/>
        <source>Acknowledge the alert about {person_name}</source>
        <translation>{person_name} பற்றிய எச்சரிக்கையை ஏற்றுக்கொள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="390"/>
        <source>Alert</source>
        <translation>எச்சரிக்கை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="400"/>
        <source>Alert acknowledged.</source>
        <translation>எச்சரிக்கை ஏற்றுக்கொள்ளப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="417"/>
        <location filename="../../healthdesk/ui/pages/today.py" line="449"/>
        <source>{title} recorded as taken.</source>
        <translation>{title} எடுக்கப்பட்டதாகப் பதிவானது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="420"/>
        <source>{title} recorded as skipped.</source>
        <translation>{title} தவிர்க்கப்பட்டதாகப் பதிவானது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="424"/>
        <source>{title} snoozed for {minutes} minutes.</source>
        <translation>{title} {minutes} நிமிடங்களுக்குத் தள்ளிவைக்கப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="433"/>
        <source>{title}: the recorded dose was taken back.</source>
        <translation>{title}: பதிவான டோஸ் திரும்பப் பெறப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="441"/>
        <source>Check before taking {title}</source>
        <translation>{title} எடுக்கும் முன் சரிபாருங்கள்</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="195"/>
        <source>&amp;Import…</source>
        <translation>இறக்குமதி… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="196"/>
        <source>Add readings or records from a file</source>
        <translation>கோப்பிலிருந்து அளவீடுகள் அல்லது பதிவுகளைச் சேர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="197"/>
        <source>&amp;Export…</source>
        <translation>ஏற்றுமதி… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="198"/>
        <source>Save the record, or one person&apos;s part, to a file</source>
        <translation>பதிவை, அல்லது ஒருவரின் பகுதியை, கோப்பில் சேமி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="199"/>
        <source>&amp;Back up…</source>
        <translation>காப்புப் பிரதி எடு… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="200"/>
        <source>Save an encrypted copy of the whole record</source>
        <translation>முழுப் பதிவின் மறையாக்கப்பட்ட நகலைச் சேமி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="202"/>
        <source>&amp;File</source>
        <translation>கோப்பு (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="267"/>
        <source>{0} not done</source>
        <translation>{0} நடக்கவில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="323"/>
        <source>Choose a person first</source>
        <translation>முதலில் ஒரு நபரைத் தேர்ந்தெடுங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="324"/>
        <source>A file of readings goes into one person&apos;s record. Add or choose a person first, then import the file.</source>
        <translation>அளவீடுகளின் கோப்பு ஒரு நபரின் பதிவில் சேரும். முதலில் ஒரு நபரைச் சேர்க்கவும் அல்லது தேர்ந்தெடுக்கவும், பிறகு கோப்பை இறக்குமதி செய்யவும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="331"/>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="334"/>
        <source>Import</source>
        <translation>இறக்குமதி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="341"/>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="359"/>
        <source>Importing {name}</source>
        <translation>{name} இறக்குமதி செய்யப்படுகிறது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="393"/>
        <source>Exporting to {name}</source>
        <translation>{name} க்கு ஏற்றுமதி செய்யப்படுகிறது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="410"/>
        <source>Backing up the record</source>
        <translation>பதிவின் காப்புப் பிரதி எடுக்கப்படுகிறது</translation>
    </message>
</context>
<context>
    <name>TransferJobs</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="182"/>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="205"/>
        <source>Reading {name}</source>
        <translation>{name} படிக்கப்படுகிறது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="219"/>
        <source>Checking and saving the readings</source>
        <translation>அளவீடுகள் சரிபார்த்து சேமிக்கப்படுகின்றன</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="236"/>
        <source>Checking and saving everything in the file</source>
        <translation>கோப்பிலுள்ள அனைத்தும் சரிபார்த்து சேமிக்கப்படுகிறது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="258"/>
        <source>Import finished</source>
        <translation>இறக்குமதி முடிந்தது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="278"/>
        <source>HealthDesk {who}{what} {0}{suffix}</source>
        <translation>HealthDesk {who}{what} {0}{suffix}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="295"/>
        <source>Collecting the record</source>
        <translation>பதிவு சேகரிக்கப்படுகிறது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="311"/>
        <source>Saving {name}</source>
        <translation>{name} சேமிக்கப்படுகிறது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="316"/>
        <source>Export finished</source>
        <translation>ஏற்றுமதி முடிந்தது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="317"/>
        <source>Exported to {name}: {what}</source>
        <translation>{name} க்கு ஏற்றுமதி செய்யப்பட்டது: {what}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="329"/>
        <source>Preparing the backup</source>
        <translation>காப்புப் பிரதி தயாராகிறது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="330"/>
        <source>Copying the encrypted record</source>
        <translation>மறையாக்கப்பட்ட பதிவு நகலெடுக்கப்படுகிறது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="335"/>
        <source>Backup finished</source>
        <translation>காப்புப் பிரதி முடிந்தது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="336"/>
        <source>Backed up to {name}</source>
        <translation>{name} இல் காப்புப் பிரதி எடுக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="346"/>
        <source>The {verb} could not be finished: {0}{where}.</source>
        <translation>{verb} முடிக்க முடியவில்லை: {0}{where}.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="349"/>
        <source>The {verb} could not be finished ({0}: {exc}).</source>
        <translation>{verb} முடிக்க முடியவில்லை ({0}: {exc}).</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="356"/>
        <source>The {verb} was stopped; {nothing}.</source>
        <translation>{verb} நிறுத்தப்பட்டது; {nothing}.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="358"/>
        <source>{0} stopped; {nothing}.</source>
        <translation>{0} நிறுத்தப்பட்டது; {nothing}.</translation>
    </message>
</context>
<context>
    <name>TransferProgress</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="73"/>
        <source>Starting…</source>
        <extracomment>Emitted when the person asks to stop.</extracomment>
        <translation>தொடங்குகிறது…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="75"/>
        <source>What is happening</source>
        <translation>என்ன நடக்கிறது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="81"/>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="82"/>
        <source>Stop (Esc)</source>
        <translation>நிறுத்து (Esc)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="100"/>
        <source>This step cannot be stopped once started; it will finish shortly.</source>
        <translation>இந்தப் படி தொடங்கிய பின் நிறுத்த முடியாது; விரைவில் முடியும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="107"/>
        <source>Stopping…</source>
        <translation>நிறுத்தப்படுகிறது…</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <location filename="../../healthdesk/ui/context.py" line="69"/>
        <source>Not saved</source>
        <extracomment>Emitted after the current profile changed (argument: profile id or &quot;&quot;). Emitted after an op committed changes: (Changes, initiator or None). Emitted when a page asks to show a transient message in the status bar. Emitted when a network op failed and nobody handled it: the sync status line shows the sentence. Emitted when something wants a sync round soon (sharing changed who sees what).</extracomment>
        <translation>சேமிக்கப்படவில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/context.py" line="70"/>
        <source>{0} was not saved: {1}</source>
        <translation>{0} சேமிக்கப்படவில்லை: {1}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="87"/>
        <source>HealthDesk is locked</source>
        <translation>HealthDesk பூட்டப்பட்டுள்ளது</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="87"/>
        <source>Unlock HealthDesk</source>
        <translation>HealthDesk ஐத் திற</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="105"/>
        <source>Passphrase</source>
        <translation>கடவுச்சொல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="109"/>
        <source>Unlock</source>
        <translation>திற</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="110"/>
        <source>Unlock (Enter)</source>
        <translation>திற (Enter)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="112"/>
        <source>Use recovery key…</source>
        <translation>மீட்பு விசையைப் பயன்படுத்து…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="118"/>
        <source>Forgot the passphrase? Set a new one with the recovery key you saved.</source>
        <translation>கடவுச்சொல்லை மறந்துவிட்டீர்களா? சேமித்த மீட்பு விசையால் புதியதை அமையுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="121"/>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="161"/>
        <source>Quit</source>
        <translation>வெளியேறு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="122"/>
        <source>Close HealthDesk (Esc)</source>
        <translation>HealthDesk ஐ மூடு (Esc)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="124"/>
        <source>Your record was locked to keep it private. Type your passphrase to continue where you left off.</source>
        <translation>உங்கள் பதிவு தனிப்பட்டதாக இருக்கப் பூட்டப்பட்டது. விட்ட இடத்திலிருந்து தொடர கடவுச்சொல்லைத் தட்டச்சு செய்யுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="126"/>
        <source>Type your passphrase to open your health record.</source>
        <translation>உங்கள் உடல்நலப் பதிவைத் திறக்க கடவுச்சொல்லைத் தட்டச்சு செய்யுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="128"/>
        <source>Passphrase:</source>
        <translation>கடவுச்சொல்:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="147"/>
        <source>Recovery key</source>
        <translation>மீட்பு விசை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="148"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="151"/>
        <source>New passphrase</source>
        <translation>புதிய கடவுச்சொல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="155"/>
        <source>Reset and unlock</source>
        <translation>மீட்டமைத்துத் திற</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="156"/>
        <source>Set the new passphrase and open the record (Enter)</source>
        <translation>புதிய கடவுச்சொல்லை அமைத்துப் பதிவைத் திற (Enter)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="159"/>
        <source>Back to passphrase</source>
        <translation>கடவுச்சொல்லுக்குத் திரும்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="164"/>
        <source>Recovery key:</source>
        <translation>மீட்பு விசை:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="176"/>
        <source>Set a new passphrase with your recovery key</source>
        <translation>உங்கள் மீட்பு விசையால் புதிய கடவுச்சொல்லை அமையுங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="178"/>
        <source>Type the recovery key you saved when you created the record (capitals, spaces and dashes do not matter), then choose a new passphrase. Your record stays as it is.</source>
        <translation>பதிவை உருவாக்கியபோது சேமித்த மீட்பு விசையைத் தட்டச்சு செய்யுங்கள் (பெரிய எழுத்துகள், இடைவெளிகள், கோடுகள் பொருட்டல்ல), பிறகு புதிய கடவுச்சொல்லைத் தேர்ந்தெடுங்கள். உங்கள் பதிவு அப்படியே இருக்கும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="222"/>
        <source>Type your passphrase first.</source>
        <translation>முதலில் உங்கள் கடவுச்சொல்லைத் தட்டச்சு செய்யுங்கள்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="243"/>
        <source>That passphrase is not right. Nothing was changed.</source>
        <translation>அந்தக் கடவுச்சொல் சரியில்லை. எதுவும் மாற்றப்படவில்லை.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="257"/>
        <source>Type the recovery key first.</source>
        <translation>முதலில் மீட்பு விசையைத் தட்டச்சு செய்யுங்கள்.</translation>
    </message>
</context>
<context>
    <name>UnlockFields</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="70"/>
        <source>&lt;span style=&quot;font-size:{size}; font-weight:600&quot;&gt;{0}&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;font-size:{size}; font-weight:600&quot;&gt;{0}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="128"/>
        <source>Working</source>
        <translation>வேலை நடக்கிறது</translation>
    </message>
</context>
<context>
    <name>UnlockWizard</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="60"/>
        <source>HealthDesk recovery key
=======================

Recovery key: {key}

Created: {day}
Record folder: {data_dir}

If you forget your passphrase, choose &quot;Use recovery key...&quot; on the unlock
screen and type this key. Keep this paper somewhere safe, away from the
computer. Anyone with this key and your computer can open your health record.
</source>
        <translation>HealthDesk மீட்பு விசை
=======================

மீட்பு விசை: {key}

உருவாக்கியது: {day}
பதிவுக் கோப்புறை: {data_dir}

கடவுச்சொல்லை மறந்தால், திறக்கும் திரையில் &quot;மீட்பு விசையைப் பயன்படுத்து...&quot; என்பதைத்
தேர்ந்தெடுத்து இந்த விசையைத் தட்டச்சு செய்யுங்கள். இந்தக் காகிதத்தைக் கணினியிலிருந்து தொலைவில்
பாதுகாப்பாக வையுங்கள். இந்த விசையும் உங்கள் கணினியும் உள்ள எவரும் உங்கள் பதிவைத் திறக்கலாம்.
</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="35"/>
        <source>Visit: {0}</source>
        <translation>வருகை: {0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="43"/>
        <source>Blood pressure</source>
        <translation>இரத்த அழுத்தம் (பிபி)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="43"/>
        <source>128/82 mmHg</source>
        <translation>128/82 mmHg</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="44"/>
        <source>Pulse</source>
        <translation>நாடித் துடிப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="44"/>
        <source>beats per minute</source>
        <translation>நிமிடத்துக்குத் துடிப்புகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="45"/>
        <source>Temperature</source>
        <translation>உடல் வெப்பநிலை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="45"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="46"/>
        <source>Weight</source>
        <translation>எடை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="46"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="47"/>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="47"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="49"/>
        <source>Visit notes</source>
        <translation>வருகைக் குறிப்புகள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="52"/>
        <source>Medicine</source>
        <translation>மருந்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="52"/>
        <source>name, e.g. Metformin</source>
        <translation>பெயர், எ.கா. Metformin</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="53"/>
        <source>Strength</source>
        <translation>வலிமை (அளவு)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="53"/>
        <source>e.g. 500 mg</source>
        <translation>எ.கா. 500 mg</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="54"/>
        <source>Times of day</source>
        <translation>நாளின் நேரங்கள்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="54"/>
        <source>08:00, 20:00</source>
        <translation>08:00, 20:00</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="55"/>
        <source>Next appointment</source>
        <translation>அடுத்த சந்திப்பு</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="55"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="58"/>
        <source>Why the visit was not saved</source>
        <translation>வருகை ஏன் சேமிக்கப்படவில்லை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="68"/>
        <source>{0} · {1} · waiting {2} min</source>
        <translation>{0} · {1} · {2} நிமிடமாகக் காத்திருக்கிறார்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="70"/>
        <source>Patient</source>
        <translation>நோயாளி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="72"/>
        <source>&amp;Blood pressure</source>
        <translation>இரத்த அழுத்தம் (பிபி) (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="72"/>
        <source>P&amp;ulse</source>
        <translation>நாடித் துடிப்பு (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="73"/>
        <source>&amp;Temperature</source>
        <translation>உடல் வெப்பநிலை (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="74"/>
        <source>&amp;Weight</source>
        <translation>எடை (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="74"/>
        <source>Sp&amp;O2</source>
        <translation>SpO2 (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="75"/>
        <source>&amp;Notes</source>
        <translation>குறிப்புகள் (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="75"/>
        <source>&amp;Medicine</source>
        <translation>மருந்து (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="76"/>
        <source>St&amp;rength</source>
        <translation>வலிமை (அளவு) (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="77"/>
        <source>T&amp;imes of day</source>
        <translation>நாளின் நேரங்கள் (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="78"/>
        <source>Ne&amp;xt appointment</source>
        <translation>அடுத்த சந்திப்பு (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="83"/>
        <source>Save the visit</source>
        <translation>வருகையைச் சேமி</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="88"/>
        <source>Cancel the visit</source>
        <translation>வருகையை ரத்துசெய்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="140"/>
        <source>{0}&apos;s visit is saved.</source>
        <translation>{0} இன் வருகை சேமிக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>VisitHistory</name>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="43"/>
        <source>Past visits</source>
        <translation>கடந்த வருகைகள்</translation>
    </message>
</context>
<context>
    <name>VisitSummaryOptions</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="31"/>
        <source>Visit summary</source>
        <translation>வருகைச் சுருக்கம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="35"/>
        <source>From</source>
        <translation>இருந்து</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="35"/>
        <source>To</source>
        <translation>வரை</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="41"/>
        <source>Paper</source>
        <translation>காகிதம்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="42"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="43"/>
        <source>Letter</source>
        <translation>லெட்டர்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="49"/>
        <source>&amp;From</source>
        <translation>இருந்து (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="50"/>
        <source>&amp;To</source>
        <translation>வரை (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="51"/>
        <source>&amp;Paper</source>
        <translation>காகிதம் (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="65"/>
        <source>To must be today ({0}) or earlier.</source>
        <translation>“வரை” இன்று ({0}) அல்லது அதற்கு முன் இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="67"/>
        <source>From must be on or before To ({0}).</source>
        <translation>“இருந்து” தேதி “வரை” ({0}) தேதிக்கு முன்போ அதே நாளோ இருக்க வேண்டும்.</translation>
    </message>
</context>
<context>
    <name>WeeklyAdherenceChart</name>
    <message>
        <location filename="../../healthdesk/ui/adherence_chart.py" line="45"/>
        <source>Adherence by week</source>
        <translation>வார வாரியாக மருந்தை முறையாக எடுத்தல்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/adherence_chart.py" line="68"/>
        <source>week of {0}: {1}%</source>
        <translation>{0} வாரம்: {1}%</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/adherence_chart.py" line="70"/>
        <location filename="../../healthdesk/ui/adherence_chart.py" line="120"/>
        <source>No doses due yet.</source>
        <translation>இன்னும் எந்த டோஸும் வரவில்லை.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="324"/>
        <source>Today {local:%H:%M}</source>
        <translation>இன்று {local:%H:%M}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="326"/>
        <source>Tomorrow {local:%H:%M}</source>
        <translation>நாளை {local:%H:%M}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="329"/>
        <source>Yesterday {local:%H:%M}</source>
        <translation>நேற்று {local:%H:%M}</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="38"/>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="40"/>
        <source>Close without changing anything (Esc)</source>
        <translation>எதையும் மாற்றாமல் மூடு (Esc)</translation>
    </message>
</context>
</TS>
