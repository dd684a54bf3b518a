<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AllergiesSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="108"/>
        <source>the allergy to {substance}</source>
        <translation>{substance} से एलर्जी</translation>
    </message>
</context>
<context>
    <name>AllergyBanner</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="58"/>
        <source>Allergies</source>
        <translation>एलर्जी</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_appearance.py" line="14"/>
        <source>Same as this computer</source>
        <translation>इस कंप्यूटर जैसा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_appearance.py" line="15"/>
        <source>Light</source>
        <translation>लाइट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_appearance.py" line="16"/>
        <source>Dark</source>
        <translation>डार्क</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_appearance.py" line="17"/>
        <source>High contrast</source>
        <translation>हाई कंट्रास्ट</translation>
    </message>
</context>
<context>
    <name>AppointmentEditor</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="77"/>
        <source>Change appointment</source>
        <translation>अपॉइंटमेंट बदलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="78"/>
        <source>Plan an appointment</source>
        <translation>अपॉइंटमेंट तय करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="93"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="93"/>
        <source>e.g. Diabetes review</source>
        <translation>जैसे डायबिटीज़ की जाँच</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="94"/>
        <source>Clinician</source>
        <translation>डॉक्टर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="95"/>
        <source>Who you will see (optional)</source>
        <translation>आप किससे मिलेंगे (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="96"/>
        <source>Place</source>
        <translation>जगह</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="97"/>
        <source>Clinic, address or link (optional)</source>
        <translation>क्लिनिक, पता या लिंक (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="101"/>
        <source>Date and time</source>
        <translation>तारीख और समय</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="105"/>
        <source> minutes</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="107"/>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="109"/>
        <source>Visit type</source>
        <translation>विज़िट का प्रकार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="113"/>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="141"/>
        <source>Notes</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="114"/>
        <source>Questions to ask, things to bring…</source>
        <translation>पूछने वाले सवाल, साथ ले जाने वाली चीज़ें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="124"/>
        <source>Remind me {0}</source>
        <translation>मुझे {0} याद दिलाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="135"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="136"/>
        <source>With</source>
        <translation>किसके साथ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="137"/>
        <source>Where</source>
        <translation>कहाँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="138"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="139"/>
        <source>How long</source>
        <translation>कितनी देर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="140"/>
        <source>Type of visit</source>
        <translation>विज़िट का प्रकार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="142"/>
        <source>Remind me</source>
        <translation>मुझे याद दिलाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="146"/>
        <source>Save this appointment (Ctrl+S)</source>
        <translation>यह अपॉइंटमेंट सेव करें (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="220"/>
        <source>Could not save: {exc}</source>
        <translation>सेव नहीं हो सका: {exc}</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="103"/>
        <source>Appointments</source>
        <translation>अपॉइंटमेंट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="104"/>
        <source>Add…</source>
        <translation>जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="104"/>
        <source>Plan an appointment</source>
        <translation>अपॉइंटमेंट तय करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="106"/>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="107"/>
        <source>Change the selected appointment</source>
        <translation>चुना हुआ अपॉइंटमेंट बदलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="109"/>
        <source>Mark done…</source>
        <translation>पूरा हुआ मानें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="110"/>
        <source>Mark it done and add visit notes</source>
        <translation>पूरा हुआ मानें और विज़िट के नोट जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="112"/>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="376"/>
        <source>Cancel appointment</source>
        <translation>अपॉइंटमेंट रद्द करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="113"/>
        <source>Mark it cancelled</source>
        <translation>रद्द मानें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="115"/>
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="116"/>
        <source>Delete the selected appointment</source>
        <translation>चुना हुआ अपॉइंटमेंट हटाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="117"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="125"/>
        <source>Calendar: days in bold have appointments</source>
        <translation>कैलेंडर: मोटे अक्षरों वाले दिनों में अपॉइंटमेंट हैं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="134"/>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="255"/>
        <source>Showing all days.</source>
        <translation>सभी दिन दिख रहे हैं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="135"/>
        <source>Show all days</source>
        <translation>सभी दिन दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="136"/>
        <source>Stop filtering by the chosen day</source>
        <translation>चुने गए दिन का फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="141"/>
        <source>Days in bold blue have appointments. Click a day to see only that day.</source>
        <translation>गहरे नीले मोटे अक्षरों वाले दिनों में अपॉइंटमेंट हैं। सिर्फ़ वह दिन देखने के लिए उस पर क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="152"/>
        <source>Upcoming appointments</source>
        <translation>आने वाले अपॉइंटमेंट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="153"/>
        <source>Past and closed appointments</source>
        <translation>पिछले और बंद अपॉइंटमेंट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="155"/>
        <source>Upcoming</source>
        <translation>आने वाली</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="156"/>
        <source>Past</source>
        <translation>पिछले</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="158"/>
        <source>Visit history</source>
        <translation>विज़िट का इतिहास</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="164"/>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="165"/>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="305"/>
        <source>Select an appointment to see its details.</source>
        <translation>विवरण देखने के लिए कोई अपॉइंटमेंट चुनें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="237"/>
        <source>Upcoming ({0})</source>
        <translation>आने वाले ({0})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="238"/>
        <source>Past and done ({0})</source>
        <translation>पिछले और पूरे ({0})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="256"/>
        <source>Showing only {0}.</source>
        <translation>सिर्फ़ {0} दिख रहा है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="301"/>
        <source>Past visits from imported records; they are history and are not edited here.</source>
        <translation>इम्पोर्ट किए गए रिकॉर्ड की पिछली विज़िट; ये इतिहास हैं और यहाँ बदली नहीं जातीं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="307"/>
        <source>No appointments here. Choose Add… to plan one.</source>
        <translation>यहाँ कोई अपॉइंटमेंट नहीं। तय करने के लिए जोड़ें… चुनें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="321"/>
        <source>Notes: {0}</source>
        <translation>नोट: {0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="323"/>
        <source>Visit notes: {0}</source>
        <translation>विज़िट के नोट: {0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="363"/>
        <source>Mark as done</source>
        <translation>पूरा हुआ मानें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="363"/>
        <source>{title}: notes from the visit (optional)</source>
        <translation>{title}: विज़िट के नोट (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="370"/>
        <source>{title} marked as done.</source>
        <translation>{title} पूरा हुआ माना गया।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="377"/>
        <source>Mark {title} as cancelled? It stays in the list, crossed out, and sends no more reminders.</source>
        <translation>{title} को रद्द मानें? यह सूची में कटा हुआ दिखेगा, और इसके रिमाइंडर नहीं आएँगे।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="387"/>
        <source>Delete appointment</source>
        <translation>अपॉइंटमेंट हटाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments.py" line="387"/>
        <source>Delete {title} for good?</source>
        <translation>{title} हमेशा के लिए हटाएँ?</translation>
    </message>
</context>
<context>
    <name>AsNeededRow</name>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="133"/>
        <source>Take now</source>
        <translation>अभी लें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="134"/>
        <source>Record a dose of {title} taken now</source>
        <translation>{title} की अभी ली गई खुराक दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="135"/>
        <source>Take {title} now</source>
        <translation>{title} अभी लें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="138"/>
        <source>{title}, as needed: {count}</source>
        <translation>{title}, ज़रूरत पड़ने पर: {count}</translation>
    </message>
</context>
<context>
    <name>AssistantSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="31"/>
        <source>Assistant</source>
        <translation>सहायक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="34"/>
        <source>The assistant answers from this record, offline. You can also let it ask a model you choose (a local Ollama or llama.cpp server, or a hosted one); before the first question of a conversation is sent you see exactly what leaves this device.</source>
        <translation>सहायक इस रिकॉर्ड से, ऑफ़लाइन जवाब देता है। आप इसे अपने चुने मॉडल (लोकल Ollama या llama.cpp सर्वर, या कोई होस्टेड) से पूछने भी दे सकते हैं; बातचीत का पहला सवाल भेजने से पहले आप ठीक-ठीक देखते हैं कि इस डिवाइस से क्या बाहर जाएगा।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="39"/>
        <source>Use a remote or local model</source>
        <translation>रिमोट या लोकल मॉडल इस्तेमाल करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="42"/>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="62"/>
        <source>Server address</source>
        <translation>सर्वर का पता</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="45"/>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="63"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="48"/>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="64"/>
        <source>API key</source>
        <translation>API कुंजी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="49"/>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="91"/>
        <source>not needed for a local server</source>
        <translation>लोकल सर्वर के लिए ज़रूरी नहीं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="50"/>
        <source>Replace names before sending</source>
        <translation>भेजने से पहले नाम बदल दें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="56"/>
        <source>Save assistant settings</source>
        <translation>सहायक की सेटिंग्स सेव करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="66"/>
        <source>Timeout</source>
        <translation>टाइमआउट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_assistant.py" line="89"/>
        <source>a key is kept in the keyring</source>
        <translation>कीरिंग में एक कुंजी रखी है</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="39"/>
        <source>Audit trail</source>
        <translation>ऑडिट ट्रेल</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="42"/>
        <source>Whose entries</source>
        <translation>किसकी एंट्री</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="43"/>
        <source>This person&apos;s record</source>
        <translation>इस व्यक्ति का रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="45"/>
        <source>Audit entries</source>
        <translation>ऑडिट एंट्री</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="47"/>
        <source>&amp;Export…</source>
        <translation>एक्सपोर्ट… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="50"/>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="62"/>
        <source>Entries by {0}</source>
        <translation>{0} की एंट्री</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="80"/>
        <source>{0}  {1}  {2} {3}  {4}  ({5})</source>
        <translation>{0}  {1}  {2} {3}  {4}  ({5})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="84"/>
        <source>{0} entries, newest first</source>
        <translation>{0} एंट्री, सबसे नई पहले</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="89"/>
        <source>Export the audit trail</source>
        <translation>ऑडिट ट्रेल एक्सपोर्ट करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="90"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="101"/>
        <source>Audit trail written to {0}.</source>
        <translation>ऑडिट ट्रेल {0} में लिखा गया।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/audit_trail.py" line="101"/>
        <source>The audit export</source>
        <translation>ऑडिट एक्सपोर्ट</translation>
    </message>
</context>
<context>
    <name>BackgroundStart</name>
    <message>
        <location filename="../../healthdesk/ui/background.py" line="69"/>
        <source>HealthDesk reminder</source>
        <translation>HealthDesk रिमाइंडर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/background.py" line="78"/>
        <location filename="../../healthdesk/ui/background.py" line="85"/>
        <source>Unlock HealthDesk…</source>
        <translation>HealthDesk अनलॉक करें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/background.py" line="88"/>
        <source>Quit HealthDesk</source>
        <translation>HealthDesk बंद करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/background.py" line="91"/>
        <source>HealthDesk (locked)</source>
        <translation>HealthDesk (लॉक)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/background.py" line="99"/>
        <source>HealthDesk started without your passphrase. Reminders need one unlock after each restart on this device (it has no secure keyring, or nothing was planned yet).</source>
        <translation>HealthDesk आपके पासफ़्रेज़ के बिना शुरू हुआ। इस डिवाइस पर हर रीस्टार्ट के बाद रिमाइंडर के लिए एक बार अनलॉक ज़रूरी है (इसमें सुरक्षित कीरिंग नहीं है, या अभी कुछ तय नहीं था)।</translation>
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
        <translation>अपने-आप होने वाला बैकअप नहीं हो सका: {0}</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="24"/>
        <source>Backups</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="28"/>
        <source>Once a day an encrypted backup is written to a folder you choose (a USB stick, a synced folder), checked after writing, and old ones rotated: 7 daily, 4 weekly and 12 monthly are kept.</source>
        <translation>दिन में एक बार आपके चुने फ़ोल्डर (USB स्टिक, सिंक फ़ोल्डर) में एन्क्रिप्टेड बैकअप लिखा जाता है, लिखने के बाद जाँचा जाता है, और पुराने बदले जाते हैं: 7 रोज़ के, 4 हफ़्ते के और 12 महीने के रखे जाते हैं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="32"/>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="55"/>
        <source>No folder chosen: no automatic backups.</source>
        <translation>कोई फ़ोल्डर नहीं चुना: अपने-आप बैकअप नहीं होंगे।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="36"/>
        <source>Last backup</source>
        <translation>पिछला बैकअप</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="37"/>
        <source>Choose folder…</source>
        <translation>फ़ोल्डर चुनें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="39"/>
        <source>Back up now</source>
        <translation>अभी बैकअप लें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="59"/>
        <source>Folder: {folder}</source>
        <translation>फ़ोल्डर: {folder}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_backups.py" line="84"/>
        <source>Backing up…</source>
        <translation>बैकअप लिया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>CaregiversDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="33"/>
        <source>Caregivers</source>
        <translation>देखभाल करने वाले</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="35"/>
        <source>When a medicine&apos;s caregiver alert is on, the first person here is alerted about a dose not taken; the next one after the medicine&apos;s escalation delay, and so on down the list.</source>
        <translation>जब किसी दवा का देखभाल अलर्ट चालू हो, तो न ली गई खुराक पर यहाँ का पहला व्यक्ति अलर्ट पाता है; दवा की देरी के बाद अगला, और इसी तरह सूची में नीचे।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="41"/>
        <source>Caregivers in alert order</source>
        <translation>अलर्ट के क्रम में देखभाल करने वाले</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="44"/>
        <source>Move up</source>
        <translation>ऊपर करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="46"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="54"/>
        <source>Someone with a profile here</source>
        <translation>जिसकी यहाँ प्रोफ़ाइल है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="56"/>
        <source>or a name</source>
        <translation>या कोई नाम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="57"/>
        <source>Caregiver name</source>
        <translation>देखभाल करने वाले का नाम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="59"/>
        <source>phone or e-mail (optional)</source>
        <translation>फ़ोन या ईमेल (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="60"/>
        <source>Caregiver contact</source>
        <translation>देखभाल करने वाले का संपर्क</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="61"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="65"/>
        <source>Add a caregiver:</source>
        <translation>देखभाल करने वाला जोड़ें:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="93"/>
        <source>Someone else…</source>
        <translation>कोई और…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/caregivers.py" line="131"/>
        <source>Could not save: {exc}</source>
        <translation>सेव नहीं हो सका: {exc}</translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="228"/>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="229"/>
        <source>While HealthDesk was closed</source>
        <translation>जब HealthDesk बंद था</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="232"/>
        <source>%n doses came due and nothing was recorded. Say what happened; a dose you leave is kept as missed.</source>
        <translation>
            <numerusform>%n खुराकों का समय हुआ और कुछ दर्ज नहीं हुआ। बताएँ क्या हुआ; जो खुराक आप छोड़ देंगे वह छूटी हुई मानी जाएगी।</numerusform>
            <numerusform>%n खुराकों का समय हुआ और कुछ दर्ज नहीं हुआ। बताएँ क्या हुआ; जो खुराक आप छोड़ देंगे वह छूटी हुई मानी जाएगी।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatchUpRow</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="195"/>
        <source>I took it at {when}</source>
        <translation>मैंने इसे {when} पर ली</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="196"/>
        <source>Took {title} at {when}</source>
        <translation>{title} {when} पर ली</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="198"/>
        <source>Take now</source>
        <translation>अभी लें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="198"/>
        <source>Take {title} now</source>
        <translation>{title} अभी लें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="201"/>
        <source>Skipped</source>
        <translation>छोड़ दी गई</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="201"/>
        <source>Skipped {title}</source>
        <translation>{title} छोड़ दी गई</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="204"/>
        <source>Missed</source>
        <translation>छूट गई</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="204"/>
        <source>Missed {title}</source>
        <translation>{title} छूट गई</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="55"/>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="65"/>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="73"/>
        <source>Change passphrase</source>
        <translation>पासफ़्रेज़ बदलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="57"/>
        <source>Current passphrase</source>
        <translation>मौजूदा पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="61"/>
        <source>New passphrase</source>
        <translation>नया पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="69"/>
        <source>Current passphrase:</source>
        <translation>मौजूदा पासफ़्रेज़:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="75"/>
        <source>Your record stays as it is; only the lock changes. Your recovery key keeps working.</source>
        <translation>आपका रिकॉर्ड वैसा ही रहता है; सिर्फ़ ताला बदलता है। आपकी रिकवरी कुंजी काम करती रहती है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="95"/>
        <source>Type your current passphrase.</source>
        <translation>अपना मौजूदा पासफ़्रेज़ टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="107"/>
        <source>Passphrase changed. Use the new one next time you unlock HealthDesk.</source>
        <translation>पासफ़्रेज़ बदल गया। अगली बार HealthDesk अनलॉक करते समय नया इस्तेमाल करें।</translation>
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
        <translation>{name}औसत {value}
{span}
{0} से
{1}</translation>
    </message>
</context>
<context>
    <name>ChatBubbles</name>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_bubbles.py" line="49"/>
        <source>edited</source>
        <translation>बदला गया</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_bubbles.py" line="108"/>
        <source>&lt;a href=&quot;{0}:{1}&quot;&gt;{label} {2}&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{0}:{1}&quot;&gt;{label} {2}&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_bubbles.py" line="115"/>
        <source>Open a cited item of the record</source>
        <translation>रिकॉर्ड की उद्धृत चीज़ खोलें</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="57"/>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="60"/>
        <location filename="../../healthdesk/ui/pages/chat.py" line="71"/>
        <source>Conversations</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="64"/>
        <source>New conversation…</source>
        <translation>नई बातचीत…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="65"/>
        <source>Start a new conversation about this person (Ctrl+N)</source>
        <translation>इस व्यक्ति के बारे में नई बातचीत शुरू करें (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="74"/>
        <source>Ask the assistant</source>
        <translation>सहायक से पूछें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="75"/>
        <source>Questions about this person&apos;s record, answered from the record with the sources cited</source>
        <translation>इस व्यक्ति के रिकॉर्ड के बारे में सवाल, रिकॉर्ड से जवाब और स्रोतों के साथ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="80"/>
        <location filename="../../healthdesk/ui/pages/chat.py" line="220"/>
        <source>No conversation selected</source>
        <translation>कोई बातचीत नहीं चुनी गई</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="83"/>
        <source>Show older messages</source>
        <translation>पुराने संदेश दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="84"/>
        <source>Load earlier messages (or scroll to the top)</source>
        <translation>पहले के संदेश लोड करें (या ऊपर तक स्क्रॉल करें)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="92"/>
        <source>New message</source>
        <translation>नया संदेश</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="93"/>
        <location filename="../../healthdesk/ui/pages/chat.py" line="233"/>
        <source>Write a note… (Ctrl+Enter sends)</source>
        <translation>नोट लिखें… (Ctrl+Enter से भेजें)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="97"/>
        <location filename="../../healthdesk/ui/pages/chat.py" line="381"/>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="98"/>
        <source>Send the note (Ctrl+Enter)</source>
        <translation>नोट भेजें (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="106"/>
        <source>Answer arriving</source>
        <translation>जवाब आ रहा है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="110"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="112"/>
        <source>Stop the remote answer (the offline answer is kept)</source>
        <translation>रिमोट जवाब रोकें (ऑफ़लाइन जवाब रहेगा)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="195"/>
        <source>Assistant</source>
        <translation>सहायक</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/chat.py" line="196"/>
        <source>%n messages</source>
        <translation>
            <numerusform>%n संदेश</numerusform>
            <numerusform>%n संदेश</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="222"/>
        <source>No conversations yet. Press “New conversation…” to start keeping notes about this person.</source>
        <translation>अभी कोई बातचीत नहीं। इस व्यक्ति के बारे में नोट रखना शुरू करने के लिए “नई बातचीत…” दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="224"/>
        <source>Choose a person first.</source>
        <translation>पहले व्यक्ति चुनें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="231"/>
        <source>Ask about this person&apos;s record, e.g. “average BP last month” (Ctrl+Enter asks)</source>
        <translation>इस व्यक्ति के रिकॉर्ड के बारे में पूछें, जैसे “पिछले महीने का औसत बीपी” (Ctrl+Enter से पूछें)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat.py" line="381"/>
        <source>Answering…</source>
        <translation>जवाब दे रहे हैं…</translation>
    </message>
</context>
<context>
    <name>ClinicBar</name>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="43"/>
        <source>Signed-in member of staff</source>
        <translation>साइन इन स्टाफ़ सदस्य</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="44"/>
        <source>Switch staff</source>
        <translation>स्टाफ़ बदलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="45"/>
        <source>Sign in as another member of staff (Ctrl+Shift+S); the patient stays open</source>
        <translation>स्टाफ़ के किसी और सदस्य के रूप में साइन इन करें (Ctrl+Shift+S); मरीज़ खुला रहता है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="53"/>
        <source>Why this record is read-only</source>
        <translation>यह रिकॉर्ड सिर्फ़ पढ़ने के लिए क्यों है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="100"/>
        <source>No one signed in</source>
        <translation>कोई साइन इन नहीं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="101"/>
        <source>Signed in: {0} ({1})</source>
        <translation>साइन इन: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="121"/>
        <source>Signed out after {0} idle minutes.</source>
        <translation>{0} मिनट ख़ाली रहने के बाद साइन आउट हुआ।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="136"/>
        <source>{0} is signed in.</source>
        <translation>{0} साइन इन हैं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="183"/>
        <source>Find &amp;patient…</source>
        <translation>मरीज़ खोजें… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="186"/>
        <source>Switch s&amp;taff…</source>
        <translation>स्टाफ़ बदलें… (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="189"/>
        <source>Today&apos;s &amp;queue…</source>
        <translation>आज की कतार… (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/clinic_bar.py" line="191"/>
        <source>&amp;Audit trail…</source>
        <translation>ऑडिट ट्रेल… (&amp;A)</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="30"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="31"/>
        <source>Visit</source>
        <translation>विज़िट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="32"/>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="92"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="34"/>
        <source>Place</source>
        <translation>जगह</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="35"/>
        <source>Seen by</source>
        <translation>किसने देखा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="36"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="87"/>
        <source>Substance</source>
        <translation>पदार्थ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="88"/>
        <source>Severity</source>
        <translation>गंभीरता</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="91"/>
        <source>Reaction</source>
        <translation>प्रतिक्रिया</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="94"/>
        <source>Noted</source>
        <translation>दर्ज किया</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="26"/>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="95"/>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="125"/>
        <source>Notes</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="118"/>
        <source>Condition</source>
        <translation>बीमारी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="119"/>
        <source>ICD-10</source>
        <translation>ICD-10</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="120"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="123"/>
        <source>Since</source>
        <translation>कब से</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="124"/>
        <source>Resolved</source>
        <translation>ठीक हो गई</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="21"/>
        <source>Order</source>
        <translation>क्रम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="22"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="23"/>
        <source>Relationship</source>
        <translation>रिश्ता</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="24"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="25"/>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="201"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="202"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="203"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="204"/>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="205"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="93"/>
        <source>Vaccine</source>
        <translation>टीका</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="94"/>
        <source>Given</source>
        <translation>लगाया गया</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="98"/>
        <source>Dose</source>
        <translation>खुराक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="99"/>
        <source>Next due</source>
        <translation>अगली बार कब</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="101"/>
        <source>Lot</source>
        <translation>लॉट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="102"/>
        <source>Site</source>
        <translation>जगह</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="103"/>
        <source>Given by</source>
        <translation>किसने लगाया</translation>
    </message>
</context>
<context>
    <name>ConditionsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="138"/>
        <source>the condition “{name}”</source>
        <translation>बीमारी “{name}”</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="40"/>
        <source>Conflicts to review</source>
        <extracomment>Emitted after a conflict was kept or restored (the record may have changed).</extracomment>
        <translation>जाँचने के लिए टकराव</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="43"/>
        <source>When the same thing was changed on two devices before they synced, one change was kept and the other is shown here, so nothing is lost. Keep what the record says now, or restore the other value.</source>
        <translation>जब सिंक से पहले दो डिवाइसों पर एक ही चीज़ बदली गई, तो एक बदलाव रखा गया और दूसरा यहाँ दिखाया गया है, ताकि कुछ न खोए। रिकॉर्ड में अभी जो है वह रखें, या दूसरा मान वापस लाएँ।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="48"/>
        <source>Open conflicts</source>
        <translation>टकराव खोलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="51"/>
        <source>No conflicts: every device agrees.</source>
        <translation>कोई टकराव नहीं: सभी डिवाइस सहमत हैं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="52"/>
        <source>No conflicts</source>
        <translation>कोई टकराव नहीं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="53"/>
        <source>&amp;Keep current</source>
        <translation>मौजूदा रखें (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="54"/>
        <source>The record stays as it is now</source>
        <translation>रिकॉर्ड अभी जैसा है वैसा ही रहेगा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="55"/>
        <source>&amp;Restore this value</source>
        <translation>यह मान वापस लाएँ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="56"/>
        <source>Write the value that lost back into the record; it syncs to every device</source>
        <translation>जो मान हार गया उसे रिकॉर्ड में वापस लिखें; यह हर डिवाइस पर सिंक होता है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="60"/>
        <source>Conflict message</source>
        <translation>टकराव का संदेश</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="121"/>
        <source>Kept the current value.</source>
        <translation>मौजूदा मान रखा गया।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/conflicts.py" line="122"/>
        <source>Restored; it will reach your other devices with the next sync.</source>
        <translation>वापस लाया गया; अगले सिंक के साथ यह आपके दूसरे डिवाइसों तक पहुँचेगा।</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_assistant.py" line="46"/>
        <source>Send this question to the model?</source>
        <translation>यह सवाल मॉडल को भेजें?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_assistant.py" line="48"/>
        <source>This is exactly what will leave this device. Names in the record are replaced unless you turned that off in Settings. Nothing else from the record is sent.</source>
        <translation>इस डिवाइस से ठीक यही बाहर जाएगा। रिकॉर्ड के नाम बदल दिए जाते हैं, जब तक आपने सेटिंग्स में यह बंद न किया हो। रिकॉर्ड से और कुछ नहीं भेजा जाता।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_assistant.py" line="54"/>
        <source>What will be sent</source>
        <translation>क्या भेजा जाएगा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_assistant.py" line="56"/>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_assistant.py" line="58"/>
        <source>Keep it offline</source>
        <translation>ऑफ़लाइन रखें</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="39"/>
        <source>{name} from the emergency contacts</source>
        <translation>इमरजेंसी संपर्कों में से {name}</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="47"/>
        <source>Read “{name}”</source>
        <translation>“{name}” पढ़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="51"/>
        <source>HealthDesk does not know this file&apos;s layout. Say which column holds what; the readings go into {person}&apos;s record.</source>
        <translation>HealthDesk इस फ़ाइल की बनावट नहीं जानता। बताएँ कि किस कॉलम में क्या है; रीडिंग {person} के रिकॉर्ड में जाएँगी।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="62"/>
        <source>Kind of reading</source>
        <translation>रीडिंग का प्रकार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="63"/>
        <source>Date (and time) column</source>
        <translation>तारीख (और समय) का कॉलम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="64"/>
        <source>Time column, if separate</source>
        <translation>समय का कॉलम, अगर अलग हो</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="65"/>
        <source>Value column</source>
        <translation>मान का कॉलम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="66"/>
        <source>Unit column</source>
        <translation>इकाई का कॉलम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="67"/>
        <source>Unit, if no column names it</source>
        <translation>इकाई, अगर कोई कॉलम न बताए</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="69"/>
        <source>The first rows as they would be stored:</source>
        <translation>पहली पंक्तियाँ जैसे वे सेव होंगी:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="75"/>
        <source>Dry run</source>
        <translation>जाँच कर देखें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="76"/>
        <source>Read the whole file and count what would be imported; nothing is saved</source>
        <translation>पूरी फ़ाइल पढ़कर गिनें कि क्या इम्पोर्ट होगा; कुछ सेव नहीं होता</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="82"/>
        <source>Remember this for the next file of this shape</source>
        <translation>इसी बनावट वाली अगली फ़ाइल के लिए यह याद रखें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="88"/>
        <source>Import</source>
        <translation>इम्पोर्ट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="171"/>
        <source>Row {0}: left out: {1}</source>
        <translation>पंक्ति {0}: छोड़ दी गई: {1}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="177"/>
        <source>Row {0}: {1}  {shown}</source>
        <translation>पंक्ति {0}: {1}  {shown}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/csv_mapping.py" line="191"/>
        <source>Reading the whole file…</source>
        <translation>पूरी फ़ाइल पढ़ी जा रही है…</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="211"/>
        <source>Add files from this computer (Ctrl+O)</source>
        <translation>इस कंप्यूटर से फ़ाइलें जोड़ें (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="213"/>
        <source>Edit details…</source>
        <translation>विवरण बदलें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="218"/>
        <source>Open it in the program your computer uses for this kind of file: this writes a decrypted copy to a private temporary folder, removed when HealthDesk quits</source>
        <translation>इसे उस प्रोग्राम में खोलें जिसे आपका कंप्यूटर इस तरह की फ़ाइल के लिए इस्तेमाल करता है: इससे एक डिक्रिप्ट की गई कॉपी निजी अस्थायी फ़ोल्डर में लिखी जाती है, जो HealthDesk बंद होने पर हटा दी जाती है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="222"/>
        <source>Write a copy of this document to a folder you choose</source>
        <translation>इस दस्तावेज़ की एक कॉपी अपने चुने फ़ोल्डर में लिखें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="263"/>
        <source>the document “{title}” (its stored copy is removed from the record)</source>
        <translation>दस्तावेज़ “{title}” (रिकॉर्ड से इसकी रखी हुई कॉपी हटा दी जाती है)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="272"/>
        <source>Import documents</source>
        <translation>दस्तावेज़ इम्पोर्ट करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="273"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.txt *.dcm);;All files (*)</source>
        <translation>दस्तावेज़ (*.pdf *.png *.jpg *.jpeg *.gif *.webp *.txt *.dcm);;सभी फ़ाइलें (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="282"/>
        <source>Importing %n files…</source>
        <translation>
            <numerusform>%n फ़ाइलें इम्पोर्ट हो रही हैं…</numerusform>
            <numerusform>%n फ़ाइलें इम्पोर्ट हो रही हैं…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="300"/>
        <source>Imported %n documents.</source>
        <translation>
            <numerusform>%n दस्तावेज़ इम्पोर्ट किए गए।</numerusform>
            <numerusform>%n दस्तावेज़ इम्पोर्ट किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="336"/>
        <source>No document selected</source>
        <translation>कोई दस्तावेज़ नहीं चुना गया</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="344"/>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="372"/>
        <source>Saved a copy to {path}.</source>
        <translation>कॉपी {path} में सेव की गई।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="384"/>
        <source>No program on this computer opens this kind of file. Use “Save a copy…” instead.</source>
        <translation>इस कंप्यूटर पर कोई प्रोग्राम इस तरह की फ़ाइल नहीं खोलता। इसके बजाय “कॉपी सेव करें…” इस्तेमाल करें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="388"/>
        <source>Opened a decrypted copy of {title} in another app: it was written to a private temporary folder and is removed when HealthDesk quits.</source>
        <translation>{title} की डिक्रिप्ट की गई कॉपी दूसरे ऐप में खोली गई: यह निजी अस्थायी फ़ोल्डर में लिखी गई है और HealthDesk बंद होने पर हटा दी जाएगी।</translation>
    </message>
</context>
<context>
    <name>DoseRow</name>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="70"/>
        <source>Take</source>
        <translation>लें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="71"/>
        <source>Record {title} as taken now</source>
        <translation>{title} को अभी ली गई दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="73"/>
        <source>Take {name}</source>
        <translation>{name} लें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="75"/>
        <source>Skip</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="76"/>
        <source>Record that you skipped this dose</source>
        <translation>दर्ज करें कि आपने यह खुराक छोड़ी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="77"/>
        <source>Skip {name}</source>
        <translation>{name} छोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="79"/>
        <source>Snooze</source>
        <translation>बाद में याद दिलाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="80"/>
        <source>Remind me again in 10, 30 or 60 minutes</source>
        <translation>10, 30 या 60 मिनट में फिर याद दिलाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="81"/>
        <source>Snooze {name}</source>
        <translation>{name} बाद में याद दिलाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="89"/>
        <source>Undo</source>
        <translation>पूर्ववत करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="90"/>
        <source>Take back the recorded dose</source>
        <translation>दर्ज की गई खुराक वापस लें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today_rows.py" line="91"/>
        <source>Undo {name}</source>
        <translation>{name} पूर्ववत करें</translation>
    </message>
</context>
<context>
    <name>DoseUnits</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="56"/>
        <source>tablet</source>
        <translation>गोली</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="57"/>
        <source>capsule</source>
        <translation>कैप्सूल</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="58"/>
        <source>puff</source>
        <translation>पफ़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="59"/>
        <source>drop</source>
        <translation>बूँद</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="60"/>
        <source>unit</source>
        <translation>यूनिट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="61"/>
        <source>patch</source>
        <translation>पैच</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="62"/>
        <source>spray</source>
        <translation>स्प्रे</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="63"/>
        <source>sachet</source>
        <translation>सैशे</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="64"/>
        <source>injection</source>
        <translation>इंजेक्शन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="65"/>
        <source>application</source>
        <translation>लगाना</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="66"/>
        <source>lozenge</source>
        <translation>चूसने वाली गोली</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="67"/>
        <source>dose</source>
        <translation>खुराक</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="33"/>
        <source>Emergency alert</source>
        <translation>इमरजेंसी अलर्ट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="35"/>
        <source>This sends an alert now to the emergency contacts who may receive alerts, in their order, with the latest vitals, allergies, conditions and current medicines. Without a network it is kept and sent as soon as it can be. In danger, call your local emergency number.</source>
        <translation>यह अभी उन इमरजेंसी संपर्कों को अलर्ट भेजता है जो अलर्ट पा सकते हैं, उनके क्रम में, ताज़ा जाँच के नतीजों, एलर्जी, बीमारियों और मौजूदा दवाओं के साथ। नेटवर्क न हो तो यह रखा जाता है और जैसे ही हो सके भेजा जाता है। ख़तरे में हों तो अपना स्थानीय इमरजेंसी नंबर (112) मिलाएँ।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="43"/>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="51"/>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="45"/>
        <source>Optional: where you are, what you need</source>
        <translation>वैकल्पिक: आप कहाँ हैं, आपको क्या चाहिए</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="46"/>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="52"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="54"/>
        <source>Send emergency alert</source>
        <translation>इमरजेंसी अलर्ट भेजें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="70"/>
        <source>Choose a person first.</source>
        <translation>पहले व्यक्ति चुनें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="88"/>
        <source>The emergency alert</source>
        <translation>इमरजेंसी अलर्ट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="96"/>
        <source>Emergency alert recorded; no contact may receive alerts yet (Records ▸ Emergency contacts).</source>
        <translation>इमरजेंसी अलर्ट दर्ज हुआ; अभी कोई संपर्क अलर्ट नहीं पा सकता (रिकॉर्ड ▸ इमरजेंसी संपर्क)।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="99"/>
        <source>Emergency alert sent to {0} of {1}.</source>
        <translation>इमरजेंसी अलर्ट {1} में से {0} को भेजा गया।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/emergency.py" line="101"/>
        <source>Emergency alert sent to {0} of {1}; the rest are queued and retried.</source>
        <translation>इमरजेंसी अलर्ट {1} में से {0} को भेजा गया; बाक़ी कतार में हैं और फिर भेजे जाएँगे।</translation>
    </message>
</context>
<context>
    <name>EraseSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="51"/>
        <source>Erase a person</source>
        <translation>व्यक्ति को मिटाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="57"/>
        <source>Person to erase</source>
        <translation>मिटाने वाला व्यक्ति</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="58"/>
        <source>Erase this person…</source>
        <translation>इस व्यक्ति को मिटाएँ…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="87"/>
        <source>Erasing {name}…</source>
        <translation>{name} को मिटाया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="123"/>
        <source>Export</source>
        <translation>एक्सपोर्ट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="131"/>
        <source>What would you like to save?</source>
        <translation>आप क्या सेव करना चाहेंगे?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="155"/>
        <source>Exported files are not encrypted: keep them somewhere safe, and delete them when they are no longer needed.</source>
        <translation>एक्सपोर्ट की गई फ़ाइलें एन्क्रिप्टेड नहीं हैं: उन्हें सुरक्षित जगह रखें, और ज़रूरत न रहने पर हटा दें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="157"/>
        <source>Choose where to save…</source>
        <translation>सेव करने की जगह चुनें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="160"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="143"/>
        <source>Error</source>
        <extracomment>Smallest body text size on every page (points): large enough to read without glasses. tone -&gt; (background, text, border); text on background passes WCAG AA contrast. reference-range category -&gt; tone (normal green, elevated amber, high orange-red, crisis/very low red, low blue, no range grey). dose state -&gt; tone.</extracomment>
        <translation>गड़बड़ी</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="97"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="178"/>
        <source>Welcome to HealthDesk</source>
        <translation>HealthDesk में आपका स्वागत है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="103"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="179"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="104"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="180"/>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="105"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="293"/>
        <source>Next</source>
        <translation>आगे</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="109"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="181"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="298"/>
        <source>Next step (Enter)</source>
        <translation>अगला क़दम (Enter)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="110"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="182"/>
        <source>Cancel (Esc)</source>
        <translation>रद्द करें (Esc)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="144"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="149"/>
        <source>&amp;Language:</source>
        <translation>भाषा: (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="188"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="194"/>
        <source>Choose a passphrase</source>
        <translation>पासफ़्रेज़ चुनें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="196"/>
        <source>HealthDesk keeps your health record encrypted on this computer. The passphrase locks it: you type it when you open HealthDesk. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>HealthDesk आपका स्वास्थ्य रिकॉर्ड इस कंप्यूटर पर एन्क्रिप्ट करके रखता है। पासफ़्रेज़ इसे लॉक करता है: HealthDesk खोलते समय आप इसे टाइप करते हैं। कुछ बेमेल शब्द याद रखने में आसान और अंदाज़ा लगाने में मुश्किल होते हैं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="214"/>
        <source>Recovery key</source>
        <translation>रिकवरी कुंजी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="216"/>
        <source>Save to file…</source>
        <translation>फ़ाइल में सेव करें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="217"/>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="218"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="226"/>
        <source>I have written it down or saved it</source>
        <translation>मैंने इसे लिख लिया है या सेव कर लिया है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="229"/>
        <source>Remember on this device (no passphrase on this computer)</source>
        <translation>इस डिवाइस पर याद रखें (इस कंप्यूटर पर पासफ़्रेज़ नहीं)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="231"/>
        <source>Keeps the key in this computer&apos;s secure keyring, so HealthDesk opens without the passphrase for your account on this computer.</source>
        <translation>कुंजी इस कंप्यूटर की सुरक्षित कीरिंग में रखता है, ताकि इस कंप्यूटर पर आपके खाते के लिए HealthDesk बिना पासफ़्रेज़ के खुले।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="241"/>
        <source>Your recovery key</source>
        <translation>आपकी रिकवरी कुंजी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="243"/>
        <source>If you ever forget your passphrase, this recovery key is the only way back into your record. Write it down or save it, and keep it somewhere safe, away from this computer. It is shown only now.</source>
        <translation>अगर आप कभी अपना पासफ़्रेज़ भूल जाएँ, तो यह रिकवरी कुंजी ही आपके रिकॉर्ड तक लौटने का एकमात्र रास्ता है। इसे लिख लें या सेव कर लें, और इस कंप्यूटर से दूर किसी सुरक्षित जगह रखें। यह सिर्फ़ अभी दिखाई जाती है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="263"/>
        <source>Who is this record for?</source>
        <translation>यह रिकॉर्ड किसके लिए है?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="265"/>
        <source>Start with one person: yourself, or the person you care for. You can add more people later in Settings.</source>
        <translation>एक व्यक्ति से शुरू करें: ख़ुद आप, या वह व्यक्ति जिसकी आप देखभाल करते हैं। और लोग बाद में सेटिंग्स में जोड़ सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="283"/>
        <source>Step {0} of 3</source>
        <translation>क़दम {0} / 3</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="293"/>
        <source>Finish</source>
        <translation>पूरा करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="296"/>
        <source>First confirm you kept the recovery key</source>
        <translation>पहले पुष्टि करें कि आपने रिकवरी कुंजी सँभाल ली है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="384"/>
        <source>Saved to {0}. Keep that file somewhere safe, away from this computer.</source>
        <translation>{0} में सेव हुआ। उस फ़ाइल को इस कंप्यूटर से दूर किसी सुरक्षित जगह रखें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="389"/>
        <source>Save recovery key</source>
        <translation>रिकवरी कुंजी सेव करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="390"/>
        <source>Text files (*.txt)</source>
        <translation>टेक्स्ट फ़ाइलें (*.txt)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="395"/>
        <source>Could not save the file: {0}</source>
        <translation>फ़ाइल सेव नहीं हो सकी: {0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="406"/>
        <source>Sent to the printer.</source>
        <translation>प्रिंटर को भेजा गया।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_wizard.py" line="411"/>
        <source>Copied. Paste it into your password manager, then copy something else so it does not stay on the clipboard.</source>
        <translation>कॉपी हो गया। इसे अपने पासवर्ड मैनेजर में पेस्ट करें, फिर कुछ और कॉपी करें ताकि यह क्लिपबोर्ड पर न रहे।</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="72"/>
        <source>Progress of {title}</source>
        <translation>{title} की प्रगति</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="80"/>
        <source>Record progress…</source>
        <translation>प्रगति दर्ज करें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="81"/>
        <source>Record where “{title}” stands now</source>
        <translation>दर्ज करें कि “{title}” अभी कहाँ है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="84"/>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="84"/>
        <source>Change “{title}”</source>
        <translation>“{title}” बदलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="87"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="87"/>
        <source>Remove “{title}” and its progress</source>
        <translation>“{title}” और उसकी प्रगति हटाएँ</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="117"/>
        <source>Set a goal…</source>
        <translation>लक्ष्य तय करें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="117"/>
        <source>Add a new goal</source>
        <translation>नया लक्ष्य जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="119"/>
        <source>Goals follow readings (like weight) or progress you record by hand.</source>
        <translation>लक्ष्य रीडिंग (जैसे वज़न) या आपकी ख़ुद दर्ज की गई प्रगति पर नज़र रखते हैं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="167"/>
        <source>No goals yet. A goal can be as small as “walk 20 minutes a day”.</source>
        <translation>अभी कोई लक्ष्य नहीं। लक्ष्य छोटा भी हो सकता है, जैसे “रोज़ 20 मिनट टहलना”।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="217"/>
        <source>Delete goal</source>
        <translation>लक्ष्य हटाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="218"/>
        <source>Delete the goal “{title}” and all its recorded progress?</source>
        <translation>लक्ष्य “{title}” और उसकी दर्ज सारी प्रगति हटाएँ?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="222"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_goals.py" line="223"/>
        <source>Keep</source>
        <translation>रखें</translation>
    </message>
</context>
<context>
    <name>ImmunizationsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="119"/>
        <source>the {vaccine} vaccination of {0}</source>
        <translation>{0} को लगा {vaccine} का टीका</translation>
    </message>
</context>
<context>
    <name>InsightsCharts</name>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="36"/>
        <source>normal range</source>
        <translation>सामान्य सीमा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="42"/>
        <source>{label}: {mean:g} {unit} this week ({0})</source>
        <translation>{label}: इस हफ़्ते {mean:g} {unit} ({0})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="51"/>
        <source>Days after a missed dose</source>
        <translation>छूटी खुराक के बाद के दिन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="52"/>
        <source>Other days</source>
        <translation>बाक़ी दिन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="56"/>
        <source>Systolic BP, last 90 days: worth asking the doctor about?</source>
        <translation>ऊपर वाला बीपी, पिछले 90 दिन: डॉक्टर से पूछने लायक?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="66"/>
        <source>up on last week</source>
        <translation>पिछले हफ़्ते से ज़्यादा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="67"/>
        <source>down on last week</source>
        <translation>पिछले हफ़्ते से कम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="68"/>
        <source>steady</source>
        <translation>स्थिर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights_charts.py" line="69"/>
        <source>no week before to compare</source>
        <translation>तुलना के लिए पिछला हफ़्ता नहीं</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="32"/>
        <source>Insights</source>
        <translation>जानकारी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="34"/>
        <source>What the last seven days show, beside the seven before. These are observations to take to a doctor, not a diagnosis.</source>
        <translation>पिछले सात दिन क्या दिखाते हैं, उससे पहले के सात दिनों के साथ। ये डॉक्टर को दिखाने वाली बातें हैं, कोई निदान नहीं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="40"/>
        <source>Symptoms needing attention</source>
        <translation>ध्यान देने लायक लक्षण</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="41"/>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="43"/>
        <source>Weekly summary</source>
        <translation>हफ़्ते का सारांश</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="48"/>
        <location filename="../../healthdesk/ui/pages/insights.py" line="57"/>
        <source>The assistant&apos;s recent answers</source>
        <translation>सहायक के हाल के जवाब</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="87"/>
        <source>Choose a person first.</source>
        <translation>पहले व्यक्ति चुनें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="104"/>
        <source>Needs attention: {symptom} ({when}): {why}</source>
        <translation>ध्यान दें: {symptom} ({when}): {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/insights.py" line="112"/>
        <source>&lt;b&gt;{kind}&lt;/b&gt;: average {mean} {unit} from %n reading(s).</source>
        <translation>
            <numerusform>&lt;b&gt;{kind}&lt;/b&gt;: %n रीडिंग से औसत {mean} {unit}।</numerusform>
            <numerusform>&lt;b&gt;{kind}&lt;/b&gt;: %n रीडिंग से औसत {mean} {unit}।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="117"/>
        <source>No week before to compare.</source>
        <translation>तुलना के लिए पिछला हफ़्ता नहीं है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="119"/>
        <source>Up {change} {unit} on the week before.</source>
        <translation>पिछले हफ़्ते से {change} {unit} ज़्यादा।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="122"/>
        <source>Down {change} {unit} on the week before.</source>
        <translation>पिछले हफ़्ते से {change} {unit} कम।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="125"/>
        <source>Steady on the week before.</source>
        <translation>पिछले हफ़्ते जैसा ही स्थिर।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="127"/>
        <source>Normal range {low}–{high}.</source>
        <translation>सामान्य सीमा {low}–{high}।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/insights.py" line="129"/>
        <source>%n out of range.</source>
        <translation>
            <numerusform>%n सामान्य सीमा से बाहर।</numerusform>
            <numerusform>%n सामान्य सीमा से बाहर।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="132"/>
        <source>&lt;b&gt;Medicines&lt;/b&gt;: no scheduled doses.</source>
        <translation>&lt;b&gt;दवाएँ&lt;/b&gt;: कोई तय खुराक नहीं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="133"/>
        <source>&lt;b&gt;Medicines&lt;/b&gt;: {percent}% taken ({taken} of {due} due), {missed} missed, {skipped} skipped.</source>
        <translation>&lt;b&gt;दवाएँ&lt;/b&gt;: {percent}% ली गईं (लेने के समय वाली {due} में से {taken}), {missed} छूट गईं, {skipped} छोड़ दी गईं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="137"/>
        <source>&lt;b&gt;Symptoms&lt;/b&gt;: {symptoms} logged, {0} needing attention</source>
        <translation>&lt;b&gt;लक्षण&lt;/b&gt;: {symptoms} दर्ज, {0} पर ध्यान ज़रूरी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="142"/>
        <source>Not enough blood pressure readings and missed doses to compare.</source>
        <translation>तुलना के लिए बीपी की रीडिंग और छूटी खुराकें काफ़ी नहीं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="145"/>
        <source>Over the last 90 days, systolic BP averaged {mean_after_missed:g} mmHg on the {days_after_missed} days after a missed dose and {mean_other:g} mmHg on {other_days} other days ({diff:+g}). Worth a question to the doctor, not a conclusion.</source>
        <translation>पिछले 90 दिनों में, छूटी खुराक के बाद के {days_after_missed} दिनों में ऊपर वाला बीपी औसतन {mean_after_missed:g} mmHg रहा और बाक़ी {other_days} दिनों में {mean_other:g} mmHg ({diff:+g})। यह डॉक्टर से पूछने लायक बात है, कोई नतीजा नहीं।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/insights.py" line="155"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n स्रोत</numerusform>
            <numerusform>%n स्रोत</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/insights.py" line="157"/>
        <source>No questions asked yet.</source>
        <translation>अभी कोई सवाल नहीं पूछा गया।</translation>
    </message>
</context>
<context>
    <name>KeysSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="33"/>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="36"/>
        <source>A new recovery key replaces the one you have (the old one stops working). Rotating the data key re-encrypts the whole file under a new key and gives a new recovery key too; your passphrase stays. Backups written before open with the keys of their time.</source>
        <translation>नई रिकवरी कुंजी आपकी मौजूदा कुंजी की जगह लेती है (पुरानी काम करना बंद कर देती है)। डेटा कुंजी बदलने से पूरी फ़ाइल नई कुंजी से फिर एन्क्रिप्ट होती है और नई रिकवरी कुंजी भी मिलती है; आपका पासफ़्रेज़ वही रहता है। पहले के बैकअप अपने समय की कुंजियों से खुलते हैं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="41"/>
        <source>New recovery key…</source>
        <translation>नई रिकवरी कुंजी…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="43"/>
        <source>Rotate the data key…</source>
        <translation>डेटा कुंजी बदलें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="47"/>
        <source>New recovery key</source>
        <translation>नई रिकवरी कुंजी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="54"/>
        <source>A data key rotation was stopped by a crash and finished when the record was opened. Its recovery key was never shown, and the recovery key you hold no longer opens this record: make a new one now.</source>
        <translation>डेटा कुंजी बदलते समय क्रैश हो गया था और रिकॉर्ड खोलने पर यह पूरा हुआ। उसकी रिकवरी कुंजी कभी दिखाई नहीं गई, और आपके पास जो रिकवरी कुंजी है वह अब यह रिकॉर्ड नहीं खोलती: अभी नई बनाएँ।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="79"/>
        <source>Re-encrypting…</source>
        <translation>फिर से एन्क्रिप्ट हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="80"/>
        <source>Making a new recovery key…</source>
        <translation>नई रिकवरी कुंजी बन रही है…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../healthdesk/ui/chart_data.py" line="32"/>
        <location filename="../../healthdesk/ui/charts.py" line="41"/>
        <source>2 weeks</source>
        <extracomment>Points a line keeps after decimation: more than a chart&apos;s width in pixels. Up to this many readings in a range are plotted raw; beyond it, the per-day roll-up. Range buttons: key -&gt; (label, days back from now; None = everything).</extracomment>
        <translation>2 हफ़्ते</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/chart_data.py" line="32"/>
        <location filename="../../healthdesk/ui/charts.py" line="42"/>
        <source>3 months</source>
        <translation>3 महीने</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/chart_data.py" line="33"/>
        <location filename="../../healthdesk/ui/charts.py" line="43"/>
        <source>1 year</source>
        <translation>1 साल</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/chart_data.py" line="34"/>
        <location filename="../../healthdesk/ui/charts.py" line="44"/>
        <source>All</source>
        <translation>सब</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="47"/>
        <source>in the last 2 weeks</source>
        <translation>पिछले 2 हफ़्तों में</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="48"/>
        <source>in the last 3 months</source>
        <translation>पिछले 3 महीनों में</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="49"/>
        <source>in the last year</source>
        <translation>पिछले साल में</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="50"/>
        <source>yet</source>
        <translation>अभी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="39"/>
        <source>In person</source>
        <translation>आमने-सामने</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="40"/>
        <source>Video call</source>
        <translation>वीडियो कॉल</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="41"/>
        <source>Phone call</source>
        <translation>फ़ोन कॉल</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="42"/>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="18"/>
        <source>Home visit</source>
        <translation>घर पर विज़िट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="43"/>
        <source>Lab test</source>
        <translation>लैब टेस्ट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="44"/>
        <source>Scan or X-ray</source>
        <translation>स्कैन या एक्स-रे</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="29"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="57"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="92"/>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="45"/>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="19"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="49"/>
        <source>1 week before</source>
        <extracomment>(minutes before the start, label), largest first.</extracomment>
        <translation>1 हफ़्ता पहले</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="50"/>
        <source>1 day before</source>
        <translation>1 दिन पहले</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="51"/>
        <source>2 hours before</source>
        <translation>2 घंटे पहले</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="52"/>
        <source>30 minutes before</source>
        <translation>30 मिनट पहले</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/appointment_editor.py" line="53"/>
        <source>When it starts</source>
        <translation>जब शुरू हो</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="37"/>
        <source>Monday</source>
        <translation>सोमवार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="38"/>
        <source>Tuesday</source>
        <translation>मंगलवार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="39"/>
        <source>Wednesday</source>
        <translation>बुधवार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="40"/>
        <source>Thursday</source>
        <translation>गुरुवार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="41"/>
        <source>Friday</source>
        <translation>शुक्रवार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="42"/>
        <source>Saturday</source>
        <translation>शनिवार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="43"/>
        <source>Sunday</source>
        <translation>रविवार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="25"/>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="85"/>
        <source>Medicine</source>
        <translation>दवा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="26"/>
        <source>Food</source>
        <translation>खाना</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="27"/>
        <source>Environment (pollen, dust, animals)</source>
        <translation>वातावरण (पराग, धूल, जानवर)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="28"/>
        <source>Biologic (vaccine, serum)</source>
        <translation>बायोलॉजिक (टीका, सीरम)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="32"/>
        <source>Not known</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="33"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="47"/>
        <source>Mild</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="34"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="46"/>
        <source>Moderate</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="35"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="45"/>
        <source>Severe</source>
        <translation>गंभीर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="36"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="44"/>
        <source>Life-threatening</source>
        <translation>जानलेवा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="39"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="50"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="53"/>
        <source>Active</source>
        <translation>चालू</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="40"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="54"/>
        <source>In remission</source>
        <translation>काबू में (रेमिशन)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="41"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="55"/>
        <source>Inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="42"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="56"/>
        <source>Resolved</source>
        <translation>ठीक हो गई</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="45"/>
        <source>Bring it down</source>
        <translation>कम करना</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="46"/>
        <source>Bring it up</source>
        <translation>बढ़ाना</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="47"/>
        <source>Keep it steady</source>
        <translation>स्थिर रखना</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="51"/>
        <source>Achieved</source>
        <translation>हासिल हुआ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="52"/>
        <source>Stopped</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="240"/>
        <source>Send them emergency alerts</source>
        <translation>इन्हें इमरजेंसी अलर्ट भेजें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="241"/>
        <source>Do not alert them</source>
        <translation>इन्हें अलर्ट न भेजें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="244"/>
        <source>Any way they can be reached</source>
        <translation>जिस भी तरह संपर्क हो सके</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="245"/>
        <source>E-mail</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="246"/>
        <source>Text message (webhook)</source>
        <translation>टेक्स्ट मैसेज (वेबहुक)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="247"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="44"/>
        <source>chat messages</source>
        <translation>चैट संदेश</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="47"/>
        <source>Type to search names, notes, medicines, messages and documents.</source>
        <translation>नाम, नोट, दवाएँ, संदेश और दस्तावेज़ खोजने के लिए टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="35"/>
        <source>Caregiver (may change the record)</source>
        <translation>देखभाल करने वाला (रिकॉर्ड बदल सकता है)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="36"/>
        <source>Viewer (may only read it)</source>
        <translation>देखने वाला (सिर्फ़ पढ़ सकता है)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="40"/>
        <source>medicine schedule</source>
        <extracomment>What to call a table&apos;s (or FHIR resource&apos;s) rows in a summary, in the order summaries list them: (one, many). Unlisted tables (audit history, settings) are not named.</extracomment>
        <translation>दवा की समय-सारिणी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="40"/>
        <source>medicine schedules</source>
        <translation>दवा की समय-सारिणियाँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="42"/>
        <source>dose record</source>
        <translation>खुराक का रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="42"/>
        <source>dose records</source>
        <translation>खुराक के रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="49"/>
        <source>past visit</source>
        <translation>पिछली विज़िट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="49"/>
        <source>past visits</source>
        <translation>पिछली विज़िट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="51"/>
        <source>symptom note</source>
        <translation>लक्षण का नोट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="51"/>
        <source>symptom notes</source>
        <translation>लक्षणों के नोट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="53"/>
        <source>goal update</source>
        <translation>लक्ष्य की प्रगति</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="53"/>
        <source>goal updates</source>
        <translation>लक्ष्य की प्रगतियाँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="53"/>
        <source>Prefer not to say</source>
        <translation>बताना नहीं चाहते</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="54"/>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="55"/>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="56"/>
        <source>Intersex</source>
        <translation>इंटरसेक्स</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="59"/>
        <source>The two passphrases do not match. Type the same passphrase in both fields.</source>
        <translation>दोनों पासफ़्रेज़ मेल नहीं खाते। दोनों जगह एक ही पासफ़्रेज़ टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="14"/>
        <source>Outpatient</source>
        <translation>ओपीडी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="15"/>
        <source>Emergency</source>
        <translation>इमरजेंसी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="16"/>
        <source>Hospital stay</source>
        <translation>अस्पताल में भर्ती</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="17"/>
        <source>Video or phone</source>
        <translation>वीडियो या फ़ोन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="21"/>
        <source>No past visits recorded. They arrive when a FHIR record from a clinic or hospital is imported.</source>
        <translation>कोई पिछली विज़िट दर्ज नहीं। ये तब आती हैं जब किसी क्लिनिक या अस्पताल का FHIR रिकॉर्ड इम्पोर्ट किया जाता है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="31"/>
        <source>Planned</source>
        <extracomment>How far ahead to look for appointments already done or cancelled (they belong with the past ones, though their time has not come).</extracomment>
        <translation>तय</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="32"/>
        <source>Done</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="33"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="164"/>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="34"/>
        <source>Missed</source>
        <translation>छूट गई</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="185"/>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="89"/>
        <location filename="../../healthdesk/ui/readings_model.py" line="40"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="90"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="91"/>
        <source>With, where</source>
        <translation>किसके साथ, कहाँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_models.py" line="92"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="86"/>
        <source>How much and when</source>
        <translation>कितनी और कब</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="87"/>
        <source>Stock</source>
        <translation>स्टॉक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="88"/>
        <source>Next dose</source>
        <translation>अगली खुराक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="162"/>
        <source>Taken</source>
        <translation>ली गई</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="163"/>
        <source>Skipped</source>
        <translation>छोड़ दी गई</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="165"/>
        <source>Snoozed</source>
        <translation>स्नूज़ किया</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="166"/>
        <source>Taken back (undo)</source>
        <translation>वापस ली गई (पूर्ववत)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="186"/>
        <source>For the dose at</source>
        <translation>किस खुराक के लिए</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="187"/>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="188"/>
        <source>Amount</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="189"/>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="45"/>
        <source>top number, e.g. 120</source>
        <translation>ऊपर वाली संख्या, जैसे 120</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="46"/>
        <source>bottom number, e.g. 80</source>
        <translation>नीचे वाली संख्या, जैसे 80</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="47"/>
        <source>optional, e.g. 70</source>
        <translation>वैकल्पिक, जैसे 70</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="50"/>
        <source>Fasting (nothing to eat for 8 hours)</source>
        <translation>खाली पेट (8 घंटे से कुछ नहीं खाया)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="52"/>
        <source>After a meal (1-2 hours after)</source>
        <translation>खाने के बाद (1-2 घंटे बाद)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="156"/>
        <source>optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="81"/>
        <source>Add allergy…</source>
        <translation>एलर्जी जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="82"/>
        <source>Medicines, foods and other things this person must not be given.</source>
        <translation>दवाएँ, खाने की चीज़ें और दूसरी चीज़ें जो इस व्यक्ति को नहीं दी जानी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="84"/>
        <source>No allergies recorded. If there are none, that is worth knowing too.</source>
        <translation>कोई एलर्जी दर्ज नहीं। अगर कोई नहीं है, तो यह जानना भी ज़रूरी है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="113"/>
        <source>Add condition…</source>
        <translation>बीमारी जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="114"/>
        <source>Diagnoses and long-term conditions. Active ones are listed first.</source>
        <translation>निदान और लंबे समय की बीमारियाँ। चालू बीमारियाँ पहले दिखती हैं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="116"/>
        <source>No conditions recorded.</source>
        <translation>कोई बीमारी दर्ज नहीं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="48"/>
        <source>Severity not known</source>
        <translation>गंभीरता पता नहीं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="190"/>
        <source>Add…</source>
        <translation>जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="192"/>
        <source>Nothing recorded yet.</source>
        <translation>अभी कुछ दर्ज नहीं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="14"/>
        <source>emergency contact</source>
        <translation>इमरजेंसी संपर्क</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="15"/>
        <source>Add contact…</source>
        <translation>संपर्क जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="16"/>
        <source>Who to call if something happens, in calling order (1 is called first).</source>
        <translation>कुछ होने पर किसे कॉल करना है, कॉल के क्रम में (1 को सबसे पहले)।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_contacts.py" line="18"/>
        <source>No emergency contacts yet. Add at least one person who can be called.</source>
        <translation>अभी कोई इमरजेंसी संपर्क नहीं। कम से कम एक ऐसा व्यक्ति जोड़ें जिसे कॉल किया जा सके।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="195"/>
        <source>Import…</source>
        <translation>इम्पोर्ट…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="196"/>
        <source>Lab reports, prescriptions, scans and letters, kept encrypted inside the record. Drag files onto the list to add them.</source>
        <translation>लैब रिपोर्ट, पर्चे, स्कैन और चिट्ठियाँ, रिकॉर्ड के अंदर एन्क्रिप्ट करके रखी गईं। जोड़ने के लिए फ़ाइलें सूची पर खींचकर डालें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="199"/>
        <source>No documents yet. Press Import… or drag files here.</source>
        <translation>अभी कोई दस्तावेज़ नहीं। इम्पोर्ट… दबाएँ या फ़ाइलें यहाँ खींचकर डालें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="14"/>
        <source>Given</source>
        <translation>लगाया गया</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="15"/>
        <source>Not given (declined or deferred)</source>
        <translation>नहीं लगाया गया (मना किया या टाला गया)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="87"/>
        <source>Add vaccination…</source>
        <translation>टीका जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="88"/>
        <source>Vaccines given, newest first. When the next dose of a series has come, it says “due”.</source>
        <translation>लगाए गए टीके, सबसे नए पहले। जब किसी सीरीज़ की अगली खुराक का समय आ जाता है, तो “बाक़ी” दिखता है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="91"/>
        <source>No vaccinations recorded.</source>
        <translation>कोई टीका दर्ज नहीं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="66"/>
        <source>Log a symptom…</source>
        <translation>लक्षण दर्ज करें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="67"/>
        <source>What was felt, how bad (1 to 10), where, when it started and how long it lasted. Severity 8 or more, more than three days, or words such as “chest pain” mark an entry as needing attention.</source>
        <translation>क्या महसूस हुआ, कितना बुरा (1 से 10), कहाँ, कब शुरू हुआ और कितनी देर रहा। गंभीरता 8 या ज़्यादा, तीन दिन से ज़्यादा, या “सीने में दर्द” जैसे शब्द होने पर उस पर ध्यान ज़रूरी माना जाता है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="71"/>
        <source>No symptoms logged.</source>
        <translation>कोई लक्षण दर्ज नहीं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="51"/>
        <source>Blood glucose</source>
        <translation>शुगर (ग्लूकोज़)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="53"/>
        <source>Weight</source>
        <translation>वज़न</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="53"/>
        <source>kg (kilograms)</source>
        <translation>kg (किलोग्राम)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="54"/>
        <source>lb (pounds)</source>
        <translation>lb (पाउंड)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="55"/>
        <source>Temperature</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="56"/>
        <source>°C (Celsius)</source>
        <translation>°C (सेल्सियस)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="57"/>
        <source>°F (Fahrenheit)</source>
        <translation>°F (फ़ारेनहाइट)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="58"/>
        <source>Height</source>
        <translation>लंबाई</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="58"/>
        <source>cm (centimetres)</source>
        <translation>cm (सेंटीमीटर)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="59"/>
        <source>in (inches)</source>
        <translation>in (इंच)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="60"/>
        <source>Cholesterol</source>
        <translation>कोलेस्ट्रॉल</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="28"/>
        <source>Deleting a person hides them: their records stay in the file, marked deleted, so the delete can sync and a backup can bring them back. Erasing removes every record of theirs for good (readings, medicines, documents, chat, the history), zeroes the freed space and compacts the file. If you own a person shared through sync, they are erased on the server and on every other device too. Backups written before still hold them.</source>
        <translation>किसी व्यक्ति को हटाने से वह छिप जाता है: उसके रिकॉर्ड फ़ाइल में रहते हैं, हटाए गए के रूप में चिह्नित, ताकि हटाना सिंक हो सके और बैकअप उन्हें वापस ला सके। मिटाने से उसका हर रिकॉर्ड हमेशा के लिए चला जाता है (रीडिंग, दवाएँ, दस्तावेज़, चैट, इतिहास), खाली जगह शून्य से भरी जाती है और फ़ाइल छोटी की जाती है। अगर सिंक से साझा किया गया व्यक्ति आपका है, तो वह सर्वर और हर दूसरे डिवाइस से भी मिट जाता है। पहले बने बैकअप में वह अब भी रहता है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="41"/>
        <source>Reading</source>
        <translation>रीडिंग</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="42"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="43"/>
        <source>Context</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="44"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="45"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="60"/>
        <source>Fasting</source>
        <extracomment>(background, text) per category, from the app&apos;s shared tones: light fills with dark text stay readable, and the category&apos;s name is always in the cell too (never colour alone). Strong colours for chart markers and legend dots; stage 2 is a deeper shade of the &quot;high&quot; tone so two neighbouring legend entries never share one colour.</extracomment>
        <translation>खाली पेट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="61"/>
        <source>Before a meal</source>
        <translation>खाने से पहले</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="62"/>
        <source>After a meal</source>
        <translation>खाने के बाद</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="63"/>
        <source>At bedtime</source>
        <translation>सोते समय</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="64"/>
        <source>Other time</source>
        <translation>कोई और समय</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="67"/>
        <source>Typed in</source>
        <translation>हाथ से लिखी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="68"/>
        <source>Demo</source>
        <translation>डेमो</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="69"/>
        <source>Imported</source>
        <translation>इम्पोर्ट किया गया</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="70"/>
        <source>Synced</source>
        <translation>सिंक किया गया</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="27"/>
        <source>female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="28"/>
        <source>male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="29"/>
        <source>intersex</source>
        <translation>इंटरसेक्स</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="30"/>
        <source>other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="42"/>
        <source>born {date}</source>
        <translation>जन्म {date}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="81"/>
        <source>Tablet</source>
        <translation>गोली</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="82"/>
        <source>Capsule</source>
        <translation>कैप्सूल</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="83"/>
        <source>Liquid</source>
        <translation>तरल</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="84"/>
        <source>Inhaler</source>
        <translation>इनहेलर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="85"/>
        <source>Injection</source>
        <translation>इंजेक्शन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="86"/>
        <source>Patch</source>
        <translation>पैच</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="87"/>
        <source>Drops</source>
        <translation>ड्रॉप्स</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="88"/>
        <source>Cream</source>
        <translation>क्रीम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="89"/>
        <source>Spray</source>
        <translation>स्प्रे</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="90"/>
        <source>Suppository</source>
        <translation>सपोज़िटरी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="91"/>
        <source>Powder</source>
        <translation>पाउडर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="93"/>
        <source>By mouth (oral)</source>
        <translation>मुँह से (ओरल)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="94"/>
        <source>Inhaled</source>
        <translation>साँस से (इनहेल्ड)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="95"/>
        <source>Under the skin (subcutaneous)</source>
        <translation>त्वचा के नीचे (सबक्यूटेनियस)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="96"/>
        <source>Into a muscle (intramuscular)</source>
        <translation>मांसपेशी में (इंट्रामस्क्युलर)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="97"/>
        <source>Into a vein (intravenous)</source>
        <translation>नस में (इंट्रावीनस)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="98"/>
        <source>On the skin (topical)</source>
        <translation>त्वचा पर (टॉपिकल)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="99"/>
        <source>Skin patch (transdermal)</source>
        <translation>त्वचा पर पैच (ट्रांसडर्मल)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="100"/>
        <source>In the nose (nasal)</source>
        <translation>नाक में</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="101"/>
        <source>In the eye (ophthalmic)</source>
        <translation>आँख में</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="102"/>
        <source>In the ear (otic)</source>
        <translation>कान में</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="103"/>
        <source>Rectal</source>
        <translation>गुदा से (रेक्टल)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="104"/>
        <source>Under the tongue (sublingual)</source>
        <translation>जीभ के नीचे (सबलिंगुअल)</translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="207"/>
        <source>Add a new {noun}</source>
        <extracomment>Emitted on the GUI thread after the rows were (re)loaded, with the rows.</extracomment>
        <translation>नया {noun} जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="209"/>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="210"/>
        <source>Change the selected {noun} (Enter)</source>
        <translation>चुना हुआ {noun} बदलें (Enter)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="213"/>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="361"/>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="214"/>
        <source>Remove the selected {noun} (Delete)</source>
        <translation>चुना हुआ {noun} हटाएँ (Delete)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="355"/>
        <source>Delete {noun}</source>
        <translation>{noun} हटाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="357"/>
        <source>Delete {0}?</source>
        <translation>{0} हटाएँ?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_common.py" line="363"/>
        <source>Keep</source>
        <translation>रखें</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="113"/>
        <source>Reminders while locked</source>
        <translation>लॉक होने पर रिमाइंडर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="147"/>
        <source>Taken</source>
        <translation>ली गई</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="147"/>
        <source>Skip</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="148"/>
        <source>Snooze 10 min</source>
        <translation>10 मिनट बाद याद दिलाएँ</translation>
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
        <translation>HealthDesk रिमाइंडर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/locked_reminders.py" line="100"/>
        <source>The answer could not be saved ({0}); unlock to record it.</source>
        <translation>जवाब सेव नहीं हो सका ({0}); इसे दर्ज करने के लिए अनलॉक करें।</translation>
    </message>
</context>
<context>
    <name>LockedSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="19"/>
        <source>While locked</source>
        <translation>लॉक होने पर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="22"/>
        <source>A locked screen shows</source>
        <translation>लॉक स्क्रीन पर दिखे</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="23"/>
        <source>Who, and how many medicines are due</source>
        <translation>कौन, और कितनी दवाओं का समय है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="24"/>
        <source>Who, and the medicine names</source>
        <translation>कौन, और दवाओं के नाम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="25"/>
        <source>Only &quot;A reminder is due&quot;</source>
        <translation>सिर्फ़ &quot;रिमाइंडर का समय हो गया है&quot;</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="29"/>
        <source>Allow recording doses while locked</source>
        <translation>लॉक होने पर भी खुराक दर्ज करने दें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="31"/>
        <source>Taken, Skip and Snooze on the lock window, without the passphrase. Anyone at this computer could then record a dose, but still could not read the record.</source>
        <translation>लॉक विंडो पर बिना पासफ़्रेज़ के लें, छोड़ें और बाद में याद दिलाएँ। तब इस कंप्यूटर पर कोई भी खुराक दर्ज कर सकेगा, पर रिकॉर्ड फिर भी नहीं पढ़ सकेगा।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="42"/>
        <source>A locked screen shows:</source>
        <translation>लॉक स्क्रीन पर दिखे:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="65"/>
        <source>This device&apos;s keyring keeps the reminder plan, so reminders go on after a restart, before the first unlock.</source>
        <translation>इस डिवाइस की कीरिंग रिमाइंडर की योजना रखती है, इसलिए रीस्टार्ट के बाद, पहले अनलॉक से पहले भी रिमाइंडर चलते रहते हैं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_locked.py" line="67"/>
        <source>This device has no secure keyring: after a restart, reminders start once HealthDesk has been unlocked one time. While it is locked, reminders go on.</source>
        <translation>इस डिवाइस में सुरक्षित कीरिंग नहीं है: रीस्टार्ट के बाद, HealthDesk एक बार अनलॉक होने पर रिमाइंडर शुरू होते हैं। लॉक होने पर भी रिमाइंडर चलते रहते हैं।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="42"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="42"/>
        <source>Readings</source>
        <translation>रीडिंग</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="43"/>
        <source>Medications</source>
        <translation>दवाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="44"/>
        <source>Appointments</source>
        <translation>अपॉइंटमेंट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="45"/>
        <source>Records</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="45"/>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="46"/>
        <source>Insights</source>
        <translation>जानकारी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="46"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="85"/>
        <location filename="../../healthdesk/ui/main_window.py" line="191"/>
        <source>Current person</source>
        <extracomment>Emitted when the user locks the record (Ctrl+L or idle timeout).</extracomment>
        <translation>मौजूदा व्यक्ति</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="86"/>
        <location filename="../../healthdesk/ui/main_window.py" line="192"/>
        <source>Whose record (Ctrl+P)</source>
        <translation>किसका रिकॉर्ड (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="88"/>
        <location filename="../../healthdesk/ui/main_window.py" line="193"/>
        <source>Pages</source>
        <translation>पेज</translation>
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
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="124"/>
        <location filename="../../healthdesk/ui/main_window.py" line="194"/>
        <source>Unlocked</source>
        <translation>अनलॉक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="171"/>
        <source>HealthDesk — demo record (passphrase: healthdesk-demo)</source>
        <translation>HealthDesk — डेमो रिकॉर्ड (पासफ़्रेज़: healthdesk-demo)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="225"/>
        <source>&amp;Record</source>
        <translation>रिकॉर्ड (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="226"/>
        <source>&amp;Lock now</source>
        <translation>अभी लॉक करें (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="228"/>
        <source>&amp;Search…</source>
        <translation>खोजें… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="232"/>
        <source>Switch &amp;person</source>
        <translation>व्यक्ति बदलें (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="234"/>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="251"/>
        <source>&amp;Go</source>
        <translation>जाएँ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="333"/>
        <source>Find patient… (Ctrl+Shift+P)</source>
        <translation>मरीज़ खोजें… (Ctrl+Shift+P)</translation>
    </message>
</context>
<context>
    <name>MedicationEditor</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="148"/>
        <source>Edit medicine</source>
        <translation>दवा बदलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="148"/>
        <source>Add a medicine</source>
        <translation>दवा जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="168"/>
        <source>Medicine name</source>
        <translation>दवा का नाम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="168"/>
        <source>e.g. Metformin</source>
        <translation>जैसे Metformin</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="169"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="284"/>
        <source>Strength</source>
        <translation>ताक़त</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="169"/>
        <source>e.g. 500 mg</source>
        <translation>जैसे 500 mg</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="171"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="285"/>
        <source>Form</source>
        <translation>रूप</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="174"/>
        <source>Dose amount</source>
        <translation>खुराक की मात्रा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="180"/>
        <source>Dose unit</source>
        <translation>खुराक की इकाई</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="197"/>
        <source>Route</source>
        <translation>लेने का तरीका</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="200"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="288"/>
        <source>Prescribed by</source>
        <translation>किसने लिखी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="201"/>
        <source>Doctor&apos;s name (optional)</source>
        <translation>डॉक्टर का नाम (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="203"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="289"/>
        <source>Instructions</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="204"/>
        <source>e.g. with food</source>
        <translation>जैसे खाने के साथ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="210"/>
        <source>Start date</source>
        <translation>शुरू होने की तारीख</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="211"/>
        <source>Stops on</source>
        <translation>इस दिन बंद</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="212"/>
        <source>Has an end date</source>
        <translation>ख़त्म होने की तारीख है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="216"/>
        <source>End date</source>
        <translation>ख़त्म होने की तारीख</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="227"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="292"/>
        <source>Stock on hand</source>
        <translation>मौजूदा स्टॉक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="228"/>
        <source>How many you have (optional)</source>
        <translation>आपके पास कितनी हैं (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="229"/>
        <source>Refill reminder at</source>
        <translation>स्टॉक रिमाइंडर इतने पर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="230"/>
        <source>Warn when this many are left</source>
        <translation>जब इतनी बचें तो चेतावनी दें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="235"/>
        <source> hours</source>
        <translation> घंटे</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="237"/>
        <source>If a dose is missed, take it within</source>
        <translation>अगर खुराक छूट जाए, तो इतने समय में ले लें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="240"/>
        <source>Take it if within</source>
        <translation>अगर इतने समय में हो तो लें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="242"/>
        <source>, otherwise skip it</source>
        <translation>, नहीं तो छोड़ दें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="246"/>
        <source>Alert a caregiver after</source>
        <translation>इतनी देर बाद देखभाल करने वाले को अलर्ट भेजें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="250"/>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="258"/>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="251"/>
        <source>Caregiver alert delay in minutes</source>
        <translation>देखभाल करने वाले को अलर्ट की देरी, मिनट में</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="254"/>
        <source>then the next caregiver after</source>
        <translation>फिर इतने बाद अगला देखभाल करने वाला</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="259"/>
        <source>Next caregiver after minutes</source>
        <translation>इतने मिनट बाद अगला देखभाल करने वाला</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="273"/>
        <source>Remind me even during quiet hours</source>
        <translation>शांत समय में भी याद दिलाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="274"/>
        <source>For medicines that must not wait until morning, such as insulin or anti-epileptics</source>
        <translation>उन दवाओं के लिए जो सुबह तक रुक नहीं सकतीं, जैसे इंसुलिन या मिर्गी की दवाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="277"/>
        <source>The medicine</source>
        <translation>दवा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="283"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="286"/>
        <source>Each dose</source>
        <translation>हर खुराक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="287"/>
        <source>How it is taken</source>
        <translation>कैसे ली जाती है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="290"/>
        <source>Starts on</source>
        <translation>शुरू होने की तारीख</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="293"/>
        <source>Refill warning at</source>
        <translation>स्टॉक चेतावनी इतने पर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="294"/>
        <source>Missed dose</source>
        <translation>छूटी खुराक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="302"/>
        <source>Schedule in words</source>
        <translation>शब्दों में समय-सारिणी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="306"/>
        <source>In words:</source>
        <translation>शब्दों में:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="316"/>
        <source>Save this medicine (Ctrl+S)</source>
        <translation>यह दवा सेव करें (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="434"/>
        <source>Enter how much to take for each dose.</source>
        <translation>हर खुराक में कितना लेना है, लिखें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="440"/>
        <source>Add at least one time of day.</source>
        <translation>दिन का कम से कम एक समय जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="443"/>
        <source>Choose at least one day.</source>
        <translation>कम से कम एक दिन चुनें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor.py" line="488"/>
        <source>Could not save: {exc}</source>
        <translation>सेव नहीं हो सका: {exc}</translation>
    </message>
</context>
<context>
    <name>MedicationTableModel</name>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="119"/>
        <source>{0}  (stopped)</source>
        <translation>{0}  (बंद)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="123"/>
        <source>{0}, no set times</source>
        <translation>{0}, कोई तय समय नहीं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="125"/>
        <source>Refill soon · {0}</source>
        <translation>जल्द दवा फिर से लें · {0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="128"/>
        <source>Stopped</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="130"/>
        <source>As needed</source>
        <translation>ज़रूरत पड़ने पर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="142"/>
        <source>Stock is at or below the refill warning level: order more soon.</source>
        <translation>स्टॉक चेतावनी के स्तर पर या उससे कम है: जल्द और मँगवाएँ।</translation>
    </message>
</context>
<context>
    <name>Medications</name>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="60"/>
        <source>Stock not tracked: enter what you have to see when it runs out.</source>
        <translation>स्टॉक की गिनती नहीं: कब ख़त्म होगी, यह देखने के लिए लिखें कि आपके पास कितनी है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="65"/>
        <source>{0} left</source>
        <translation>{0} बाकी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="67"/>
        <source>{0} left: less than a day</source>
        <translation>{0} बाकी: एक दिन से कम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="70"/>
        <source>{0} left: about {1} days</source>
        <translation>{0} बाकी: लगभग {1} दिन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="73"/>
        <source>{0} left: about {1} days at the recent rate ({2} a day), until {3}</source>
        <translation>{0} बाकी: हाल की दर ({2} प्रतिदिन) से लगभग {1} दिन, {3} तक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="78"/>
        <source>{0} left: about {1} days at the prescribed rate ({2} a day), until {3}</source>
        <translation>{0} बाकी: लिखी गई दर ({2} प्रतिदिन) से लगभग {1} दिन, {3} तक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="83"/>
        <source>Time to refill.</source>
        <translation>दवा फिर से लेने का समय है।</translation>
    </message>
</context>
<context>
    <name>MedicationsModels</name>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="70"/>
        <source>Not tracked</source>
        <translation>गिनती नहीं रखी जाती</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications_models.py" line="75"/>
        <source>{0} (runs out today)</source>
        <translation>{0} (आज खत्म)</translation>
    </message>
</context>
<context>
    <name>MedicationsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="131"/>
        <location filename="../../healthdesk/ui/pages/medications.py" line="160"/>
        <source>Medicines</source>
        <translation>दवाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="132"/>
        <source>Show stopped medicines</source>
        <translation>बंद की गई दवाएँ दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="138"/>
        <source>Add…</source>
        <translation>जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="138"/>
        <source>Add a medicine</source>
        <translation>दवा जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="140"/>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="140"/>
        <source>Change the selected medicine</source>
        <translation>चुनी हुई दवा बदलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="142"/>
        <location filename="../../healthdesk/ui/pages/medications.py" line="295"/>
        <source>Stop</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="143"/>
        <source>Stop or restart the selected medicine</source>
        <translation>चुनी हुई दवा बंद करें या फिर शुरू करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="145"/>
        <source>Record refill…</source>
        <translation>दवा फिर से लेना दर्ज करें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="146"/>
        <source>Add a refill to the stock</source>
        <translation>स्टॉक में दवा फिर से जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="148"/>
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="149"/>
        <source>Delete the selected medicine</source>
        <translation>चुनी हुई दवा हटाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="150"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="152"/>
        <source>Caregivers…</source>
        <translation>देखभाल करने वाले…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="152"/>
        <source>Who is alerted when a dose is not taken</source>
        <translation>खुराक न लेने पर किसे अलर्ट जाता है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="173"/>
        <source>No medicines yet. Choose Add… to enter the first one.</source>
        <translation>अभी कोई दवा नहीं। पहली दवा लिखने के लिए जोड़ें… चुनें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="180"/>
        <location filename="../../healthdesk/ui/pages/medications.py" line="183"/>
        <location filename="../../healthdesk/ui/pages/medications.py" line="289"/>
        <source>Dose history</source>
        <translation>खुराक इतिहास</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="182"/>
        <location filename="../../healthdesk/ui/pages/medications.py" line="290"/>
        <source>Select a medicine to see its doses.</source>
        <translation>खुराकें देखने के लिए कोई दवा चुनें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="190"/>
        <source>Adherence</source>
        <translation>दवा नियमित लेना</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="194"/>
        <source>Stock</source>
        <translation>स्टॉक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="195"/>
        <source>Refill soon</source>
        <translation>जल्द दवा फिर से लें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="295"/>
        <source>Restart</source>
        <translation>फिर शुरू करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="296"/>
        <source>Dose history: {title}</source>
        <translation>खुराक इतिहास: {title}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="297"/>
        <source>Prescribed by {name}</source>
        <translation>{name} ने लिखी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="300"/>
        <source>Newest first.</source>
        <translation>सबसे नया पहले।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="320"/>
        <source>No scheduled doses to count yet.</source>
        <translation>गिनने के लिए अभी कोई तय खुराक नहीं।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/medications.py" line="324"/>
        <source>%n days: {percent}%</source>
        <translation>
            <numerusform>%n दिन: {percent}%</numerusform>
            <numerusform>%n दिन: {percent}%</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="328"/>
        <source>Taken on time: {periods}</source>
        <translation>समय पर ली गई: {periods}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/medications.py" line="330"/>
        <source>%n days in a row</source>
        <translation>
            <numerusform>लगातार %n दिन</numerusform>
            <numerusform>लगातार %n दिन</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="389"/>
        <source>Delete medicine</source>
        <translation>दवा हटाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="390"/>
        <source>Delete {title}? Its dose history is kept, but it will no longer appear in your list.</source>
        <translation>{title} हटाएँ? इसका खुराक इतिहास रखा रहेगा, पर यह आपकी सूची में नहीं दिखेगी।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="409"/>
        <source>Record refill</source>
        <translation>दवा फिर से लेना दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="410"/>
        <source>How many ({unit}) did you get for {title}?</source>
        <translation>{title} के लिए आपको कितनी ({unit}) मिलीं?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/medications.py" line="417"/>
        <source>Refill of {qty:g} recorded for {title}.</source>
        <translation>{title} के लिए {qty:g} का स्टॉक दर्ज हुआ।</translation>
    </message>
</context>
<context>
    <name>MessageThread</name>
    <message>
        <location filename="../../healthdesk/ui/pages/chat_thread.py" line="43"/>
        <source>Messages</source>
        <extracomment>Emitted when the reader scrolled to the top and older messages exist.</extracomment>
        <translation>संदेश</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="271"/>
        <source>At least {0} characters</source>
        <translation>कम से कम {0} अक्षर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="274"/>
        <source>Type the passphrase again</source>
        <translation>पासफ़्रेज़ फिर से टाइप करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="278"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="280"/>
        <source>Type it again:</source>
        <translation>फिर से टाइप करें:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="306"/>
        <source>The passphrase must be at least {0} characters long.</source>
        <translation>पासफ़्रेज़ कम से कम {0} अक्षर का होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="37"/>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="46"/>
        <source>Notifications</source>
        <translation>सूचनाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="40"/>
        <source>Unread only</source>
        <translation>सिर्फ़ बिना पढ़े</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="42"/>
        <source>Everyone on this device</source>
        <translation>इस डिवाइस पर सभी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="49"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="51"/>
        <source>Mark read</source>
        <translation>पढ़ा हुआ मानें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="53"/>
        <source>Mark all read</source>
        <translation>सब पढ़ा हुआ मानें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="55"/>
        <source>Help arrived: resolve</source>
        <translation>मदद आ गई: सुलझाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="57"/>
        <source>I&apos;m on it</source>
        <translation>मैं देख रहा हूँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="58"/>
        <source>Stops the alert going on to the next caregiver</source>
        <translation>अलर्ट को अगले देखभाल करने वाले तक जाने से रोकता है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="92"/>
        <source>{0} unread</source>
        <translation>{0} बिना पढ़े</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="93"/>
        <source>No notifications.</source>
        <translation>कोई सूचना नहीं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="125"/>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="133"/>
        <source>Marking it read</source>
        <translation>पढ़ा हुआ माना जा रहा है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="138"/>
        <source>Marking them read</source>
        <translation>पढ़ा हुआ माना जा रहा है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="151"/>
        <source>&quot;I&apos;m on it&quot;</source>
        <translation>&quot;मैं देख रहा हूँ&quot;</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="160"/>
        <source>Emergency alert resolved by {0}.</source>
        <translation>इमरजेंसी अलर्ट {0} ने सुलझाया।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/notifications.py" line="161"/>
        <source>Resolving the alert</source>
        <translation>अलर्ट सुलझाया जा रहा है</translation>
    </message>
</context>
<context>
    <name>NotificationsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="54"/>
        <source>Notifications</source>
        <translation>सूचनाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="64"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="69"/>
        <source>Quiet hours (urgent ones still come through)</source>
        <translation>शांत समय (ज़रूरी रिमाइंडर फिर भी आते हैं)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="72"/>
        <source>Quiet from</source>
        <translation>शांत समय शुरू</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="73"/>
        <source>Quiet until</source>
        <translation>तब तक शांत</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="84"/>
        <source>This computer sends this person&apos;s e-mail alerts</source>
        <translation>यह कंप्यूटर इस व्यक्ति के ईमेल अलर्ट भेजता है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="87"/>
        <source>Let the sync server send missed-dose e-mails when no device is on</source>
        <translation>कोई डिवाइस चालू न हो तो सिंक सर्वर छूटी खुराक के ईमेल भेजे</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="103"/>
        <source>E-mail account of this computer</source>
        <translation>इस कंप्यूटर का ईमेल खाता</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="109"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (पोर्ट 587)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="110"/>
        <source>TLS (port 465)</source>
        <translation>TLS (पोर्ट 465)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="111"/>
        <source>None: only to this computer</source>
        <translation>कोई नहीं: सिर्फ़ इस कंप्यूटर पर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="116"/>
        <source>kept in the keyring, never in a file</source>
        <translation>कीरिंग में रखा, किसी फ़ाइल में कभी नहीं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="120"/>
        <source>Server</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="120"/>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="121"/>
        <source>Security</source>
        <translation>सुरक्षा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="121"/>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="122"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="123"/>
        <source>Send as</source>
        <translation>इस रूप में भेजें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="126"/>
        <source>Save e-mail settings</source>
        <translation>ईमेल सेटिंग्स सेव करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="128"/>
        <source>Send a test to</source>
        <translation>टेस्ट यहाँ भेजें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="130"/>
        <source>Test address</source>
        <translation>टेस्ट का पता</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="183"/>
        <source>The notification setting</source>
        <translation>सूचना की सेटिंग</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="212"/>
        <source>E-mail settings saved; the password is in the keyring.</source>
        <translation>ईमेल सेटिंग्स सेव हो गईं; पासवर्ड कीरिंग में है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="217"/>
        <source>The e-mail settings</source>
        <translation>ईमेल सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="223"/>
        <source>Give an address to send the test to.</source>
        <translation>टेस्ट भेजने के लिए पता दें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="225"/>
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="227"/>
        <source>Test message sent to {0}.</source>
        <translation>टेस्ट संदेश {0} को भेजा गया।</translation>
    </message>
</context>
<context>
    <name>NotifyBar</name>
    <message>
        <location filename="../../healthdesk/ui/notify_bar.py" line="26"/>
        <location filename="../../healthdesk/ui/notify_bar.py" line="49"/>
        <location filename="../../healthdesk/ui/notify_bar.py" line="64"/>
        <source>Notifications</source>
        <translation>सूचनाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/notify_bar.py" line="28"/>
        <location filename="../../healthdesk/ui/notify_bar.py" line="50"/>
        <source>Emergency</source>
        <translation>इमरजेंसी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/notify_bar.py" line="29"/>
        <location filename="../../healthdesk/ui/notify_bar.py" line="51"/>
        <source>Send an emergency alert (Ctrl+Shift+H)</source>
        <translation>इमरजेंसी अलर्ट भेजें (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/notify_bar.py" line="56"/>
        <source>&amp;Notifications…</source>
        <translation>सूचनाएँ… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/notify_bar.py" line="58"/>
        <source>&amp;Emergency alert…</source>
        <translation>इमरजेंसी अलर्ट… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/notify_bar.py" line="63"/>
        <source>Notifications ({0})</source>
        <translation>सूचनाएँ ({0})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/notify_bar.py" line="65"/>
        <source>{0} unread (Ctrl+Shift+N)</source>
        <translation>{0} बिना पढ़े (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/notify_bar.py" line="101"/>
        <source>and {0} more</source>
        <translation>और {0}</translation>
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
        <translation>तय नहीं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_form_base.py" line="82"/>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_form_base.py" line="83"/>
        <source>Leave this date empty</source>
        <translation>यह तारीख ख़ाली छोड़ें</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="192"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="208"/>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="195"/>
        <source>Show {0}</source>
        <translation>{0} दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="196"/>
        <source>Show or hide what you typed</source>
        <translation>जो टाइप किया वह दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="208"/>
        <source>Hide</source>
        <translation>छिपाएँ</translation>
    </message>
</context>
<context>
    <name>PatientRegisterDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="50"/>
        <source>Patients</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="53"/>
        <source>Name, clinic number, phone or date of birth</source>
        <translation>नाम, क्लिनिक नंबर, फ़ोन या जन्म तिथि</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="54"/>
        <source>Find a patient</source>
        <translation>मरीज़ खोजें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="57"/>
        <source>Patients found</source>
        <translation>मिले मरीज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="58"/>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="165"/>
        <source>Recent patients</source>
        <translation>हाल के मरीज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="61"/>
        <source>Patients who may be registered twice</source>
        <translation>जो मरीज़ शायद दो बार दर्ज हैं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="62"/>
        <source>Show them</source>
        <translation>उन्हें दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="76"/>
        <source>New patient&apos;s name</source>
        <translation>नए मरीज़ का नाम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="78"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="79"/>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="81"/>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="96"/>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="83"/>
        <source>Not stated</source>
        <translation>बताया नहीं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="83"/>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="84"/>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="84"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="86"/>
        <source>&amp;Register</source>
        <translation>रजिस्टर करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="91"/>
        <source>New patient</source>
        <translation>नया मरीज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="93"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="99"/>
        <source>Born</source>
        <translation>जन्म</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="124"/>
        <source>May be registered twice (the same name and date of birth): {0}.</source>
        <translation>शायद दो बार दर्ज (एक ही नाम और जन्म तिथि): {0}।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="129"/>
        <source>Clinic numbers two patients hold: {0}; give one of them a new number.</source>
        <translation>दो मरीज़ों के एक ही क्लिनिक नंबर: {0}; उनमें से एक को नया नंबर दें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="143"/>
        <source>Possible duplicates</source>
        <translation>संभावित दोहराव</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="166"/>
        <source>{0} found</source>
        <translation>{0} मिले</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="169"/>
        <source>born ?</source>
        <translation>जन्म ?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="202"/>
        <source>Already registered?</source>
        <translation>पहले से रजिस्टर्ड?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/patient_register.py" line="203"/>
        <source>{0}

Register a new patient anyway?</source>
        <translation>{0}

फिर भी नया मरीज़ रजिस्टर करें?</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../healthdesk/ui/pdf_preview.py" line="61"/>
        <source>PDF preview</source>
        <translation>PDF झलक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pdf_preview.py" line="78"/>
        <source>Page {0} of {page_count}</source>
        <translation>{page_count} में से पेज {0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pdf_preview.py" line="87"/>
        <source>The first {shown} of {page_count} pages are shown; open it in another app to see the rest.</source>
        <translation>{page_count} में से पहले {shown} पेज दिखाए गए हैं; बाक़ी देखने के लिए इसे दूसरे ऐप में खोलें।</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="98"/>
        <source>No document selected</source>
        <translation>कोई दस्तावेज़ नहीं चुना गया</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="104"/>
        <source>Choose a document to see it here.

You can also drag files from your computer onto the list to add them.</source>
        <translation>यहाँ देखने के लिए कोई दस्तावेज़ चुनें।

जोड़ने के लिए आप अपने कंप्यूटर से फ़ाइलें सूची पर खींचकर भी डाल सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="111"/>
        <source>Image preview</source>
        <translation>तस्वीर की झलक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="115"/>
        <source>Text preview</source>
        <translation>टेक्स्ट की झलक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="119"/>
        <source>Open in another app</source>
        <translation>दूसरे ऐप में खोलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="120"/>
        <source>Save a copy…</source>
        <translation>कॉपी सेव करें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_documents.py" line="168"/>
        <source>This kind of file ({mime_type}) cannot be shown here.

Press “Open in another app” or “Save a copy…”.</source>
        <translation>इस तरह की फ़ाइल ({mime_type}) यहाँ नहीं दिखाई जा सकती।

“दूसरे ऐप में खोलें” या “कॉपी सेव करें…” दबाएँ।</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="131"/>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="144"/>
        <source>Add a person</source>
        <translation>व्यक्ति जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="131"/>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="138"/>
        <source>Rename</source>
        <translation>नाम बदलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="138"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="145"/>
        <source>Rename {0}</source>
        <translation>{0} का नाम बदलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="159"/>
        <source>New name:</source>
        <translation>नया नाम:</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="327"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="328"/>
        <source>For example, Asha Rao</source>
        <translation>जैसे, आशा राव</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="330"/>
        <source>Add a date of birth</source>
        <translation>जन्म तिथि जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="332"/>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="342"/>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="351"/>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="352"/>
        <source>Date of birth:</source>
        <translation>जन्म तिथि:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="353"/>
        <source>Sex:</source>
        <translation>लिंग:</translation>
    </message>
</context>
<context>
    <name>ProfilesSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="58"/>
        <source>People</source>
        <translation>लोग</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="64"/>
        <source>People on this device</source>
        <translation>इस डिवाइस पर लोग</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="73"/>
        <source>Add a person…</source>
        <translation>व्यक्ति जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="74"/>
        <source>Rename…</source>
        <translation>नाम बदलें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="75"/>
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="121"/>
        <source>Remove this person&apos;s record from this device and your synced devices</source>
        <translation>इस व्यक्ति का रिकॉर्ड इस डिवाइस और आपके सिंक किए गए डिवाइसों से हटाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="123"/>
        <source>Add another person first: the record always keeps at least one.</source>
        <translation>पहले कोई और व्यक्ति जोड़ें: रिकॉर्ड में कम से कम एक व्यक्ति हमेशा रहता है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="142"/>
        <source>Delete {0}?</source>
        <translation>{0} हटाएँ?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="143"/>
        <source>Delete {0}&apos;s record?</source>
        <translation>{0} का रिकॉर्ड हटाएँ?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="145"/>
        <source>Everything recorded about {0} (readings, medicines, appointments, documents and messages) will be removed from this device and from your synced devices. This cannot be undone.</source>
        <translation>{0} के बारे में दर्ज सब कुछ (रीडिंग, दवाएँ, अपॉइंटमेंट, दस्तावेज़ और संदेश) इस डिवाइस और आपके सिंक किए गए डिवाइसों से हटा दिया जाएगा। यह वापस नहीं होगा।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="148"/>
        <source>Delete {0}</source>
        <translation>{0} हटाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="150"/>
        <source>Keep</source>
        <translation>रखें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_profiles.py" line="168"/>
        <source>{0}&apos;s record was deleted.</source>
        <translation>{0} का रिकॉर्ड हटा दिया गया।</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="45"/>
        <source>OK</source>
        <extracomment>Each language&apos;s name in its own script (what the language pickers show). The Qt locale behind each language: Indian formats (lakh grouping, dd/MM/yy).</extracomment>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="46"/>
        <source>Save</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="47"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="48"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="49"/>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="50"/>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="51"/>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="52"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="53"/>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="54"/>
        <source>Help</source>
        <translation>मदद</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="55"/>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="56"/>
        <source>Retry</source>
        <translation>फिर आज़माएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="57"/>
        <source>Abort</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="58"/>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="59"/>
        <source>Don&apos;t Save</source>
        <translation>सेव न करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/i18n.py" line="60"/>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट वापस लाएँ</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="39"/>
        <source>Today&apos;s queue</source>
        <translation>आज की कतार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="42"/>
        <source>Queue summary</source>
        <translation>कतार का सारांश</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="44"/>
        <source>Patients in today&apos;s queue</source>
        <translation>आज की कतार के मरीज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="50"/>
        <source>Why the queue did not change</source>
        <translation>कतार क्यों नहीं बदली</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="60"/>
        <source>Check &amp;in patient on screen</source>
        <translation>स्क्रीन पर दिख रहे मरीज़ का चेक-इन करें (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="61"/>
        <source>Check in the patient on screen</source>
        <translation>स्क्रीन पर दिख रहे मरीज़ का चेक-इन करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="63"/>
        <source>&amp;Find and check in…</source>
        <translation>खोजें और चेक-इन करें… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="64"/>
        <source>Find a patient and check them in</source>
        <translation>मरीज़ खोजें और उनका चेक-इन करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="65"/>
        <source>&amp;Call in</source>
        <translation>अंदर बुलाएँ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="65"/>
        <source>Call the patient in</source>
        <translation>मरीज़ को अंदर बुलाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="67"/>
        <source>&amp;Visit…</source>
        <translation>विज़िट… (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="67"/>
        <source>Open the visit form</source>
        <translation>विज़िट फ़ॉर्म खोलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="69"/>
        <source>&amp;Left</source>
        <translation>चले गए (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="69"/>
        <source>Mark the patient as gone</source>
        <translation>मरीज़ को गया हुआ मानें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="99"/>
        <source>waiting</source>
        <translation>इंतज़ार में</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="99"/>
        <source>with the doctor</source>
        <translation>डॉक्टर के पास</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="100"/>
        <source>done</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="100"/>
        <source>left</source>
        <translation>चले गए</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="110"/>
        <source>{0} checked in today, {1} waiting</source>
        <translation>आज {0} का चेक-इन, {1} इंतज़ार में</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="114"/>
        <source>{0} min</source>
        <translation>{0} मिनट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="115"/>
        <source>{0}. {1}  {2}  {3}  ·  {4}  ·  {5}  {6}</source>
        <translation>{0}. {1}  {2}  {3}  ·  {4}  ·  {5}  {6}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/queue.py" line="168"/>
        <source>{0}&apos;s visit is {1}.</source>
        <translation>{0} की विज़िट {1} है।</translation>
    </message>
</context>
<context>
    <name>ReadingEditDialog</name>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="361"/>
        <source>Edit {0} reading</source>
        <translation>{0} रीडिंग बदलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="374"/>
        <source>Save the changes (Enter)</source>
        <translation>बदलाव सेव करें (Enter)</translation>
    </message>
</context>
<context>
    <name>ReadingEntry</name>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="291"/>
        <source>Add a reading</source>
        <extracomment>Emitted after a reading was saved (argument: the ReadingView).</extracomment>
        <translation>रीडिंग जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="294"/>
        <source>&amp;Save reading</source>
        <translation>रीडिंग सेव करें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="295"/>
        <source>Save this reading (Enter)</source>
        <translation>यह रीडिंग सेव करें (Enter)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="302"/>
        <source>Last saved reading</source>
        <translation>आख़िरी सेव की गई रीडिंग</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="334"/>
        <source>Saved: {text} — {label}</source>
        <translation>सेव हुआ: {text} — {label}</translation>
    </message>
</context>
<context>
    <name>ReadingForm</name>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="86"/>
        <source>Kind of reading</source>
        <extracomment>Emitted when Enter is pressed in a text input. Emitted when the user picks another kind (argument: kind key).</extracomment>
        <translation>रीडिंग का प्रकार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="87"/>
        <source>What you measured</source>
        <translation>आपने क्या मापा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="90"/>
        <source>&amp;What</source>
        <translation>क्या (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="99"/>
        <source>Optional, e.g. after a walk</source>
        <translation>वैकल्पिक, जैसे टहलने के बाद</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="103"/>
        <source>W&amp;hen</source>
        <translation>कब (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="104"/>
        <source>&amp;Note</source>
        <translation>नोट (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="168"/>
        <source>T&amp;iming</source>
        <translation>समय (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings_entry.py" line="181"/>
        <source>When you measured: it decides which normal range applies</source>
        <translation>आपने कब मापा: इससे तय होता है कि कौन-सी सामान्य सीमा लागू होगी</translation>
    </message>
</context>
<context>
    <name>ReadingsChart</name>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="128"/>
        <source>Show {0}</source>
        <translation>{0} दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="129"/>
        <source>Show every reading</source>
        <translation>हर रीडिंग दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="130"/>
        <source>Chart range: {text}</source>
        <translation>चार्ट की अवधि: {text}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="135"/>
        <source>Save as PNG…</source>
        <translation>PNG के रूप में सेव करें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="136"/>
        <source>Save this chart as a picture</source>
        <translation>यह चार्ट तस्वीर के रूप में सेव करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="138"/>
        <source>Preparing the chart…</source>
        <translation>चार्ट तैयार हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="143"/>
        <source>Chart legend</source>
        <translation>चार्ट की कुंजी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="173"/>
        <source>all readings</source>
        <translation>सभी रीडिंग</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="174"/>
        <source>the last {span}</source>
        <translation>पिछले {span}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="177"/>
        <source>Chart of {0}, {span}</source>
        <translation>{0} का चार्ट, {span}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="210"/>
        <source>The chart is unavailable: {exc}</source>
        <translation>चार्ट उपलब्ध नहीं है: {exc}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="228"/>
        <source>Readings chart</source>
        <translation>रीडिंग का चार्ट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="325"/>
        <source>No {0} readings {1}.</source>
        <translation>{1} कोई {0} रीडिंग नहीं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="338"/>
        <source>solid</source>
        <translation>ठोस</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="338"/>
        <source>dashed</source>
        <translation>डैश वाली</translation>
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
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;▬&lt;/span&gt;&amp;nbsp;छायांकित:&amp;nbsp;सामान्य&amp;nbsp;सीमा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="361"/>
        <source>Daily averages of {source_points:,} readings; the pale area spans the lowest to highest.</source>
        <translation>{source_points:,} रीडिंग का रोज़ का औसत; हल्का हिस्सा सबसे कम से सबसे ज़्यादा तक है।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/charts.py" line="365"/>
        <source>%n readings</source>
        <translation>
            <numerusform>%n रीडिंग</numerusform>
            <numerusform>%n रीडिंग</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="367"/>
        <source>(showing {shown} that keep the shape)</source>
        <translation>(आकार दिखाने वाली {shown} दिखाई गईं)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/charts.py" line="369"/>
        <source>Point at a dot to see its value.</source>
        <translation>मान देखने के लिए किसी बिंदु पर पॉइंटर रखें।</translation>
    </message>
</context>
<context>
    <name>ReadingsModel</name>
    <message>
        <location filename="../../healthdesk/ui/readings_model.py" line="278"/>
        <source>Imported from: {sources}</source>
        <extracomment>Kinds in the order people reach for them; the rest follow in the domain&apos;s order. Which preference holds each kind&apos;s display unit (kinds not listed: canonical unit). Emitted after a reload or a page arrived (the page updates its &quot;n of m&quot; label). Emitted when a background read failed (argument: the error).</extracomment>
        <translation>यहाँ से इम्पोर्ट: {sources}</translation>
    </message>
</context>
<context>
    <name>ReadingsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="80"/>
        <source>Readings could not be loaded: {exc}</source>
        <extracomment>The widest usual text of each column sizes it (&quot;&quot;: the note column takes what is left).</extracomment>
        <translation>रीडिंग लोड नहीं हो सकीं: {exc}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="88"/>
        <location filename="../../healthdesk/ui/pages/readings.py" line="90"/>
        <source>Readings</source>
        <translation>रीडिंग</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="91"/>
        <source>Add a reading, see how it compares with the normal range, and look back at earlier ones.</source>
        <translation>रीडिंग जोड़ें, देखें कि वह सामान्य सीमा से कैसी है, और पिछली रीडिंग देखें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="120"/>
        <source>All kinds</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="123"/>
        <source>Show readings of</source>
        <translation>इसकी रीडिंग दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="125"/>
        <source>Sh&amp;ow</source>
        <translation>दिखाएँ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="128"/>
        <source>&amp;Edit…</source>
        <translation>बदलें… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="129"/>
        <source>Change the selected reading (Enter or double-click)</source>
        <translation>चुनी हुई रीडिंग बदलें (Enter या डबल-क्लिक)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="131"/>
        <source>&amp;Delete</source>
        <translation>हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="133"/>
        <source>Delete the selected reading (Delete); you can undo it</source>
        <translation>चुनी हुई रीडिंग हटाएँ (Delete); आप इसे वापस ला सकते हैं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="146"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="147"/>
        <source>Bring the reading back (Ctrl+Z)</source>
        <translation>रीडिंग वापस लाएँ (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="149"/>
        <source>Dismiss</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="150"/>
        <source>Hide this message</source>
        <translation>यह संदेश छिपाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="160"/>
        <source>Readings list, newest first</source>
        <translation>रीडिंग की सूची, सबसे नई पहले</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="248"/>
        <source>{kind} readings</source>
        <translation>{kind} रीडिंग</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="249"/>
        <source>readings</source>
        <translation>रीडिंग</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="251"/>
        <source>No {what} yet. Add one above.</source>
        <translation>अभी कोई {what} नहीं। ऊपर एक जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="254"/>
        <source>{total:,} {what} (newest first; scroll for older ones)</source>
        <translation>{total:,} {what} (सबसे नई पहले; पुरानी के लिए स्क्रॉल करें)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="257"/>
        <source>{total:,} {what}, newest first</source>
        <translation>{total:,} {what}, सबसे नई पहले</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/readings.py" line="335"/>
        <source>Reading deleted: {0} on {1}.</source>
        <translation>रीडिंग हटाई गई: {1} को {0}।</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_form_base.py" line="162"/>
        <source>Save (Ctrl+S)</source>
        <translation>सेव करें (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>RecordForms</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="66"/>
        <source>Edit allergy</source>
        <translation>एलर्जी बदलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="67"/>
        <source>Add an allergy</source>
        <translation>एलर्जी जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="69"/>
        <source>&amp;Substance</source>
        <translation>पदार्थ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="70"/>
        <source>e.g. Penicillin</source>
        <translation>जैसे Penicillin</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="71"/>
        <source>&amp;Kind</source>
        <translation>प्रकार (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="73"/>
        <source>Se&amp;verity</source>
        <translation>गंभीरता (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="75"/>
        <source>&amp;Reaction</source>
        <translation>प्रतिक्रिया (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="76"/>
        <source>e.g. hives, swelling</source>
        <translation>जैसे पित्ती, सूजन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="77"/>
        <source>&amp;Noted on</source>
        <translation>दर्ज करने की तारीख (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="79"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="249"/>
        <source>N&amp;otes</source>
        <translation>नोट (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="91"/>
        <source>Edit condition</source>
        <translation>बीमारी बदलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="92"/>
        <source>Add a condition</source>
        <translation>बीमारी जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="94"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="228"/>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="95"/>
        <source>e.g. Type 2 diabetes</source>
        <translation>जैसे टाइप 2 डायबिटीज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="96"/>
        <source>&amp;ICD-10 code</source>
        <translation>ICD-10 कोड (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="97"/>
        <source>Optional, e.g. E11.9</source>
        <translation>वैकल्पिक, जैसे E11.9</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="98"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="182"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="235"/>
        <source>Optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="99"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="190"/>
        <source>&amp;Status</source>
        <translation>स्थिति (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="101"/>
        <source>Since (&amp;onset)</source>
        <translation>कब से (शुरुआत) (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="103"/>
        <source>&amp;Resolved on</source>
        <translation>ठीक होने की तारीख (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="105"/>
        <source>No&amp;tes</source>
        <translation>नोट (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="125"/>
        <source>Edit symptom</source>
        <translation>लक्षण बदलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="126"/>
        <source>Log a symptom</source>
        <translation>लक्षण दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="128"/>
        <source>&amp;Symptom</source>
        <translation>लक्षण (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="129"/>
        <source>e.g. Headache</source>
        <translation>जैसे सिरदर्द</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="130"/>
        <source>Se&amp;verity (1–10)</source>
        <translation>गंभीरता (1–10) (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="132"/>
        <source>1 = barely noticeable, 10 = the worst you can imagine.</source>
        <translation>1 = मुश्किल से महसूस हो, 10 = सबसे बुरा जो आप सोच सकें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="134"/>
        <source>Choose 1 to 10</source>
        <translation>1 से 10 चुनें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="144"/>
        <source>Started &amp;at</source>
        <translation>कब शुरू हुआ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="148"/>
        <source>How &amp;long (minutes)</source>
        <translation>कितनी देर (मिनट) (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="150"/>
        <source>Optional, e.g. 90</source>
        <translation>वैकल्पिक, जैसे 90</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="151"/>
        <source>&amp;Where (body area)</source>
        <translation>कहाँ (शरीर का हिस्सा) (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="153"/>
        <source>Optional, e.g. head, chest, lower back</source>
        <translation>वैकल्पिक, जैसे सिर, छाती, कमर के नीचे</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="155"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="192"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="217"/>
        <source>&amp;Note</source>
        <translation>नोट (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="167"/>
        <source>Edit goal</source>
        <translation>लक्ष्य बदलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="168"/>
        <source>Set a goal</source>
        <translation>लक्ष्य तय करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="169"/>
        <source>&amp;Goal</source>
        <translation>लक्ष्य (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="170"/>
        <source>e.g. Weight down to 80 kg</source>
        <translation>जैसे वज़न घटाकर 80 kg</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="171"/>
        <source>Progress I record by hand</source>
        <translation>प्रगति जो मैं ख़ुद दर्ज करता हूँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="172"/>
        <source>{kind} readings</source>
        <translation>{kind} रीडिंग</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="174"/>
        <source>&amp;Follows</source>
        <translation>किस पर नज़र (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="177"/>
        <source>&amp;Direction</source>
        <translation>दिशा (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="180"/>
        <source>St&amp;arting value</source>
        <translation>शुरुआती मान (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="183"/>
        <source>&amp;Target value</source>
        <translation>लक्ष्य मान (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="185"/>
        <source>&amp;Unit</source>
        <translation>इकाई (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="186"/>
        <source>e.g. kg, steps, minutes</source>
        <translation>जैसे kg, क़दम, मिनट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="187"/>
        <source>D&amp;ue by</source>
        <translation>कब तक (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="211"/>
        <source>Record progress</source>
        <translation>प्रगति दर्ज करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="212"/>
        <source>Where does “{title}” stand today?</source>
        <translation>“{title}” आज कहाँ है?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="215"/>
        <source>&amp;Value{unit}</source>
        <translation>मान{unit} (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="216"/>
        <source>e.g. 82.5</source>
        <translation>जैसे 82.5</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="225"/>
        <source>Edit emergency contact</source>
        <translation>इमरजेंसी संपर्क बदलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="226"/>
        <source>Add an emergency contact</source>
        <translation>इमरजेंसी संपर्क जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="229"/>
        <source>&amp;Relationship</source>
        <translation>रिश्ता (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="231"/>
        <source>e.g. daughter, GP, neighbour</source>
        <translation>जैसे बेटी, डॉक्टर, पड़ोसी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="232"/>
        <source>&amp;Phone</source>
        <translation>फ़ोन (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="233"/>
        <source>e.g. +91 98400 12345</source>
        <translation>जैसे +91 98400 12345</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="234"/>
        <source>&amp;Email</source>
        <translation>ईमेल (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="236"/>
        <source>Call &amp;order</source>
        <translation>कॉल का क्रम (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="238"/>
        <source>1 is called first.</source>
        <translation>1 को सबसे पहले कॉल किया जाता है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="239"/>
        <source>Emergency &amp;alerts</source>
        <translation>इमरजेंसी अलर्ट (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="243"/>
        <source>Pre&amp;ferred way</source>
        <translation>पसंदीदा तरीका (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="265"/>
        <source>Document details</source>
        <translation>दस्तावेज़ का विवरण</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="266"/>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="282"/>
        <source>&amp;Title</source>
        <translation>शीर्षक (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="268"/>
        <source>&amp;Category</source>
        <translation>श्रेणी (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="269"/>
        <source>&amp;Date</source>
        <translation>तारीख (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="270"/>
        <source>Ta&amp;gs</source>
        <translation>टैग (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="271"/>
        <source>Separate tags with commas.</source>
        <translation>टैग कॉमा से अलग करें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="272"/>
        <source>e.g. kidney, 2024</source>
        <translation>जैसे किडनी, 2024</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="279"/>
        <source>New conversation</source>
        <translation>नई बातचीत</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="280"/>
        <source>Notes shared by everyone who cares for this person.</source>
        <translation>इस व्यक्ति की देखभाल करने वाले सभी लोगों के साझा नोट।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/record_forms.py" line="283"/>
        <source>e.g. Care notes</source>
        <translation>जैसे देखभाल के नोट</translation>
    </message>
</context>
<context>
    <name>RecordsClinical</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="44"/>
        <source>Allergies: none recorded</source>
        <translation>एलर्जी: कोई दर्ज नहीं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_clinical.py" line="45"/>
        <source>Allergies: {0}</source>
        <translation>एलर्जी: {0}</translation>
    </message>
</context>
<context>
    <name>RecordsImmunizations</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="21"/>
        <source>Dose {dose_number}</source>
        <translation>खुराक {dose_number}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="28"/>
        <source>Edit vaccination</source>
        <translation>टीका बदलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="29"/>
        <source>Add a vaccination</source>
        <translation>टीका जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="31"/>
        <source>&amp;Vaccine</source>
        <translation>टीका (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="32"/>
        <source>e.g. Influenza (flu)</source>
        <translation>जैसे इन्फ़्लुएंज़ा (फ़्लू)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="34"/>
        <source>&amp;Given on</source>
        <translation>लगाने की तारीख (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="38"/>
        <source>Not known</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="40"/>
        <source>&amp;Dose number</source>
        <translation>खुराक संख्या (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="42"/>
        <source>Which dose of the series (1 for the first).</source>
        <translation>सीरीज़ की कौन-सी खुराक (पहली के लिए 1)।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="44"/>
        <source>&amp;Status</source>
        <translation>स्थिति (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="46"/>
        <source>&amp;Lot number</source>
        <translation>लॉट नंबर (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="47"/>
        <source>Optional, from the vial</source>
        <translation>वैकल्पिक, शीशी से</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="49"/>
        <source>S&amp;ite</source>
        <translation>जगह (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="50"/>
        <source>e.g. left arm</source>
        <translation>जैसे बायाँ हाथ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="51"/>
        <source>Given &amp;by</source>
        <translation>किसने लगाया (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="52"/>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="57"/>
        <source>Optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="54"/>
        <source>&amp;CVX code</source>
        <translation>CVX कोड (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="55"/>
        <source>Optional: the CDC vaccine code, e.g. 140.</source>
        <translation>वैकल्पिक: CDC टीका कोड, जैसे 140।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="58"/>
        <source>&amp;Next dose due</source>
        <translation>अगली खुराक कब (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="60"/>
        <source>When the next dose or booster is due; leave empty if none.</source>
        <translation>अगली खुराक या बूस्टर कब है; कोई न हो तो ख़ाली छोड़ें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_immunizations.py" line="62"/>
        <source>N&amp;otes</source>
        <translation>नोट (&amp;O)</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="39"/>
        <location filename="../../healthdesk/ui/pages/records.py" line="41"/>
        <source>Records</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="55"/>
        <source>&amp;Allergies</source>
        <translation>एलर्जी (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="55"/>
        <source>C&amp;onditions</source>
        <translation>बीमारियाँ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="56"/>
        <source>S&amp;ymptoms</source>
        <translation>लक्षण (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="56"/>
        <source>&amp;Goals</source>
        <translation>लक्ष्य (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="57"/>
        <source>Emergency &amp;contacts</source>
        <translation>इमरजेंसी संपर्क (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="57"/>
        <source>&amp;Documents</source>
        <translation>दस्तावेज़ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="58"/>
        <source>&amp;Vaccinations</source>
        <translation>टीके (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records.py" line="60"/>
        <source>Record sections</source>
        <translation>रिकॉर्ड के हिस्से</translation>
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
        <translation>बहुत गंभीर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="46"/>
        <source>No symptoms logged in the last {SUMMARY_DAYS} days.</source>
        <translation>पिछले {SUMMARY_DAYS} दिनों में कोई लक्षण दर्ज नहीं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="52"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {times} · average severity {mean_severity:g}/10 · worst {max_severity}/10 · last {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {times} · औसत तीव्रता {mean_severity:g}/10 · सबसे ज़्यादा {max_severity}/10 · पिछली बार {1}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="59"/>
        <source>…and {more} more</source>
        <translation>…और {more}</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="133"/>
        <source>Reminders</source>
        <translation>रिमाइंडर</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="75"/>
        <source>Take</source>
        <translation>लें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="75"/>
        <source>Take {title}</source>
        <translation>{title} लें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="77"/>
        <source>Skip</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="77"/>
        <source>Skip {title}</source>
        <translation>{title} छोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="79"/>
        <source>Snooze</source>
        <translation>बाद में याद दिलाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="79"/>
        <source>Snooze {title}</source>
        <translation>{title} बाद में याद दिलाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="97"/>
        <source>Reminder: {title}. {body}</source>
        <translation>रिमाइंडर: {title}। {body}</translation>
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
        <translation>HealthDesk खोलें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="111"/>
        <source>Show reminders</source>
        <translation>रिमाइंडर दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="114"/>
        <source>Quit HealthDesk</source>
        <translation>HealthDesk बंद करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="137"/>
        <source>HealthDesk is still running</source>
        <translation>HealthDesk अब भी चल रहा है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="138"/>
        <source>Reminders will appear here. Quit from this icon&apos;s menu.</source>
        <translation>रिमाइंडर यहाँ दिखेंगे। बंद करने के लिए इस आइकन का मेन्यू इस्तेमाल करें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="207"/>
        <source>Answers given while locked</source>
        <translation>लॉक होने पर दिए गए जवाब</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="251"/>
        <source>{0} doses came due while HealthDesk was closed.</source>
        <translation>HealthDesk बंद रहने के दौरान {0} खुराकों का समय हुआ।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="338"/>
        <source>{title}: taken.</source>
        <translation>{title}: ली गई।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="342"/>
        <source>{title}: skipped.</source>
        <translation>{title}: छोड़ी गई।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="347"/>
        <source>{title}: reminding again in {minutes} minutes.</source>
        <translation>{title}: {minutes} मिनट में फिर याद दिलाया जाएगा।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminders.py" line="351"/>
        <source>{title}: done.</source>
        <translation>{title}: पूरा हुआ।</translation>
    </message>
</context>
<context>
    <name>ReminderList</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="123"/>
        <source>{extra} more on the Today page.</source>
        <translation>आज वाले पेज पर {extra} और।</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="151"/>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="152"/>
        <source>HealthDesk reminder</source>
        <translation>HealthDesk रिमाइंडर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/reminder_widgets.py" line="158"/>
        <source>Open HealthDesk</source>
        <translation>HealthDesk खोलें</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="53"/>
        <source>&amp;Visit summary…</source>
        <translation>विज़िट सारांश… (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="54"/>
        <source>A PDF of this person&apos;s record for a doctor: the last 90 days</source>
        <translation>डॉक्टर के लिए इस व्यक्ति के रिकॉर्ड की PDF: पिछले 90 दिन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="57"/>
        <source>Emergency &amp;card…</source>
        <translation>इमरजेंसी कार्ड… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="58"/>
        <source>A wallet-size card with allergies, medicines and contacts, and a QR code of the same</source>
        <translation>बटुए के आकार का कार्ड: एलर्जी, दवाएँ और संपर्क, और इन्हीं का एक QR कोड</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="70"/>
        <source>Choose a person first</source>
        <translation>पहले व्यक्ति चुनें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="71"/>
        <source>Add or choose a person, then make the PDF.</source>
        <translation>कोई व्यक्ति जोड़ें या चुनें, फिर PDF बनाएँ।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="88"/>
        <source>Save the visit summary as</source>
        <translation>विज़िट सारांश इस नाम से सेव करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="89"/>
        <source>Visit summary {0} {today}.pdf</source>
        <translation>विज़िट सारांश {0} {today}.pdf</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="93"/>
        <source>Saved the visit summary of {name}</source>
        <translation>{name} का विज़िट सारांश सेव हुआ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="100"/>
        <source>Save the emergency card as</source>
        <translation>इमरजेंसी कार्ड इस नाम से सेव करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="100"/>
        <source>Emergency card {0}.pdf</source>
        <translation>इमरजेंसी कार्ड {0}.pdf</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="103"/>
        <source>Saved the emergency card of {name}</source>
        <translation>{name} का इमरजेंसी कार्ड सेव हुआ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="127"/>
        <source>Not saved</source>
        <translation>सेव नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/report_actions.py" line="128"/>
        <source>The PDF was not saved: {exc}</source>
        <translation>PDF सेव नहीं हुई: {exc}</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="51"/>
        <source>Made {0}. People: {people}. Holds {counts}.</source>
        <translation>{0} को बना। लोग: {people}। इसमें है: {counts}।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="166"/>
        <source>Replace the record?</source>
        <translation>रिकॉर्ड बदल दें?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="167"/>
        <source>{summary}

Replace the record on this device with this backup? The current record is kept beside it, renamed.</source>
        <translation>{summary}

इस डिवाइस का रिकॉर्ड इस बैकअप से बदल दें? मौजूदा रिकॉर्ड नए नाम के साथ बगल में रखा जाएगा।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="178"/>
        <source>&amp;Restore from backup…</source>
        <translation>बैकअप से वापस लाएँ… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="179"/>
        <source>See what a backup holds, then put it in place of this record</source>
        <translation>देखें कि बैकअप में क्या है, फिर उसे इस रिकॉर्ड की जगह रखें</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="60"/>
        <source>Restore from a backup</source>
        <translation>बैकअप से वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="64"/>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="85"/>
        <source>Backup file</source>
        <translation>बैकअप फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="65"/>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="69"/>
        <source>The backup&apos;s passphrase</source>
        <translation>बैकअप का पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="70"/>
        <source>Show what it holds</source>
        <translation>दिखाएँ इसमें क्या है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="72"/>
        <source>Choose a backup and enter the passphrase it was made with.</source>
        <translation>बैकअप चुनें और वह पासफ़्रेज़ डालें जिससे वह बना था।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="74"/>
        <source>What the backup holds</source>
        <translation>बैकअप में क्या है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="75"/>
        <source>Restoring replaces the record on this device with the backup&apos;s. The current record is kept beside it, renamed, never deleted.</source>
        <translation>वापस लाने से इस डिवाइस का रिकॉर्ड बैकअप वाले से बदल जाता है। मौजूदा रिकॉर्ड नए नाम के साथ बगल में रखा जाता है, कभी हटाया नहीं जाता।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="80"/>
        <source>Restore</source>
        <translation>वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="87"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="108"/>
        <source>Reading the backup…</source>
        <translation>बैकअप पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="131"/>
        <source>Restoring…</source>
        <translation>वापस लाया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/restore.py" line="148"/>
        <source>Nothing was restored: {exc}</source>
        <translation>कुछ भी वापस नहीं लाया गया: {exc}</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="59"/>
        <source>Keep records</source>
        <translation>रिकॉर्ड रखें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="64"/>
        <source>Older records of the kinds below can be erased automatically: on start, once a day, and after a sync. What goes is erased for good, on every device that holds this person and on the sync server.</source>
        <translation>नीचे दिए प्रकारों के पुराने रिकॉर्ड अपने-आप मिटाए जा सकते हैं: शुरू होने पर, दिन में एक बार, और सिंक के बाद। जो मिटता है वह हमेशा के लिए मिटता है, इस व्यक्ति को रखने वाले हर डिवाइस पर और सिंक सर्वर पर।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="71"/>
        <source>Apply now</source>
        <translation>अभी लागू करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="106"/>
        <source>Keep {what}</source>
        <translation>{what} रखें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="126"/>
        <source>Older to erase: {0}</source>
        <translation>मिटाने लायक पुराने: {0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="142"/>
        <source>The rule</source>
        <translation>नियम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="154"/>
        <source>Records erased: {0}.</source>
        <translation>मिटाए गए रिकॉर्ड: {0}।</translation>
    </message>
</context>
<context>
    <name>RetentionTimer</name>
    <message>
        <location filename="../../healthdesk/ui/retention_timer.py" line="26"/>
        <source>Older records erased by the rules in Settings ▸ Keep records: {0}.</source>
        <translation>सेटिंग्स ▸ रिकॉर्ड रखें के नियमों से मिटाए गए पुराने रिकॉर्ड: {0}।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/retention_timer.py" line="31"/>
        <source>The retention rules could not run: {0}</source>
        <translation>रिकॉर्ड रखने के नियम नहीं चल सके: {0}</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="77"/>
        <source>When to take it</source>
        <extracomment>Emitted whenever any choice changes, so the dialog can re-word its summary.</extracomment>
        <translation>कब लेनी है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="84"/>
        <source>At set times</source>
        <translation>तय समय पर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="85"/>
        <source>As needed</source>
        <translation>ज़रूरत पड़ने पर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="97"/>
        <source>Times of day</source>
        <translation>दिन के समय</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="99"/>
        <source>Add a time</source>
        <translation>समय जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="100"/>
        <source>Add another time of day (up to 12)</source>
        <translation>दिन का एक और समय जोड़ें (12 तक)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="107"/>
        <source>Every day</source>
        <translation>हर दिन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="108"/>
        <source>On these days:</source>
        <translation>इन दिनों:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="109"/>
        <source>Every</source>
        <translation>हर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="124"/>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="125"/>
        <source>Every how many days</source>
        <translation>कितने दिन में एक बार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="136"/>
        <source>Which days</source>
        <translation>किन दिनों</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="147"/>
        <source> hours</source>
        <translation> घंटे</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="149"/>
        <source>Minimum time between doses</source>
        <translation>दो खुराकों के बीच कम से कम समय</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="153"/>
        <source>Most doses a day</source>
        <translation>दिन में ज़्यादा से ज़्यादा खुराकें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="154"/>
        <source>At least</source>
        <translation>कम से कम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="156"/>
        <source>between doses</source>
        <translation>खुराकों के बीच</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="157"/>
        <source>At most</source>
        <translation>ज़्यादा से ज़्यादा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="159"/>
        <source>doses a day</source>
        <translation>खुराक रोज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="163"/>
        <source>Keep home time zone</source>
        <translation>घर का टाइम ज़ोन रखें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="164"/>
        <source>Follow my current time zone</source>
        <translation>मेरे मौजूदा टाइम ज़ोन के हिसाब से</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="172"/>
        <source>When you travel: keep taking it at home times, or at the same clock time wherever you are.</source>
        <translation>सफ़र में: घर के समय पर लेते रहें, या जहाँ भी हों उसी घड़ी के समय पर।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="233"/>
        <source>Keep home time zone ({home})</source>
        <translation>घर का टाइम ज़ोन रखें ({home})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="235"/>
        <source>Follow my current time zone{here}</source>
        <translation>मेरे मौजूदा टाइम ज़ोन के हिसाब से{here}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="134"/>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="137"/>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="138"/>
        <source>Search the record</source>
        <translation>रिकॉर्ड में खोजें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="139"/>
        <source>Search ({0}). Up and Down choose a result, Enter opens it.</source>
        <translation>खोजें ({0})। ऊपर और नीचे से नतीजा चुनें, Enter से खोलें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="147"/>
        <source>Only the current person</source>
        <translation>सिर्फ़ मौजूदा व्यक्ति</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="149"/>
        <source>Search only the current person&apos;s record</source>
        <translation>सिर्फ़ मौजूदा व्यक्ति का रिकॉर्ड खोजें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="151"/>
        <source>Search results</source>
        <translation>खोज के नतीजे</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="160"/>
        <source>Search status</source>
        <translation>खोज की स्थिति</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="204"/>
        <source>Only {0}</source>
        <translation>सिर्फ़ {0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="275"/>
        <source>Nothing found for “{0}”.</source>
        <translation>“{0}” के लिए कुछ नहीं मिला।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="277"/>
        <source>Showing the best {0} results. Type more words to narrow the search.</source>
        <translation>सबसे अच्छे {0} नतीजे दिख रहे हैं। खोज छोटी करने के लिए और शब्द लिखें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="280"/>
        <source>1 result</source>
        <translation>1 नतीजा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="281"/>
        <source>{0} results</source>
        <translation>{0} नतीजे</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="282"/>
        <source>{0}. Press Enter to open the highlighted one.</source>
        <translation>{0}। चुना हुआ खोलने के लिए Enter दबाएँ।</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="35"/>
        <source>Set-aside changes</source>
        <translation>अलग रखे गए बदलाव</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="39"/>
        <source>Changes from the server not applied here</source>
        <translation>सर्वर के बदलाव जो यहाँ लागू नहीं हुए</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="42"/>
        <source>Changes from this device refused by the server</source>
        <translation>इस डिवाइस के बदलाव जिन्हें सर्वर ने अस्वीकार किया</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="44"/>
        <source>&amp;Send refused changes again</source>
        <translation>अस्वीकृत बदलाव फिर भेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="48"/>
        <source>Set-aside message</source>
        <translation>अलग रखे गए बदलावों का संदेश</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="53"/>
        <source>From the server, not applied here (tried again with every sync; they leave this list once they apply):</source>
        <translation>सर्वर से आए, यहाँ लागू नहीं हुए (हर सिंक पर फिर आज़माए जाते हैं; लागू होते ही इस सूची से हट जाते हैं):</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="58"/>
        <source>From this device, refused by the server:</source>
        <translation>इस डिवाइस से, सर्वर ने अस्वीकार किए:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="77"/>
        <source>Nothing here.</source>
        <translation>यहाँ कुछ नहीं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/set_aside.py" line="85"/>
        <source>{0} refused change(s) will be sent with the next sync.</source>
        <translation>{0} अस्वीकृत बदलाव अगले सिंक के साथ भेजे जाएँगे।</translation>
    </message>
</context>
<context>
    <name>SettingsKeys</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="25"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_keys.py" line="26"/>
        <source>The store&apos;s passphrase:</source>
        <translation>स्टोर का पासफ़्रेज़:</translation>
    </message>
</context>
<context>
    <name>SettingsNotifications</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="33"/>
        <source>Dose reminders</source>
        <translation>खुराक के रिमाइंडर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="34"/>
        <source>Missed doses</source>
        <translation>छूटी खुराकें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="35"/>
        <source>Caregiver alerts</source>
        <translation>देखभाल करने वालों के अलर्ट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="36"/>
        <source>Refills due</source>
        <translation>दवा फिर से लेने का समय</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="37"/>
        <source>Appointments</source>
        <translation>अपॉइंटमेंट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="38"/>
        <source>Readings that need care now</source>
        <translation>रीडिंग जिन पर अभी ध्यान ज़रूरी है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="39"/>
        <source>Sync problems</source>
        <translation>सिंक में दिक़्क़त</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="40"/>
        <source>Emergency alerts</source>
        <translation>इमरजेंसी अलर्ट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="42"/>
        <source>In the app</source>
        <translation>ऐप में</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="43"/>
        <source>Tray</source>
        <translation>ट्रे</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="44"/>
        <source>E-mail</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_notifications.py" line="45"/>
        <source>Text (webhook)</source>
        <translation>टेक्स्ट (वेबहुक)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="86"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="169"/>
        <source>Security</source>
        <translation>सुरक्षा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="170"/>
        <source>Change passphrase…</source>
        <translation>पासफ़्रेज़ बदलें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="172"/>
        <source>Lock now</source>
        <translation>अभी लॉक करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="173"/>
        <source>Lock HealthDesk now (Ctrl+L)</source>
        <translation>HealthDesk अभी लॉक करें (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="175"/>
        <source>Remember on this device</source>
        <translation>इस डिवाइस पर याद रखें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="177"/>
        <source>Open HealthDesk without the passphrase on this computer. The key is kept in the computer&apos;s secure keyring, never in a file.</source>
        <translation>इस कंप्यूटर पर HealthDesk बिना पासफ़्रेज़ के खोलें। कुंजी कंप्यूटर की सुरक्षित कीरिंग में रखी जाती है, किसी फ़ाइल में कभी नहीं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="183"/>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="184"/>
        <source> minutes</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="186"/>
        <source>Lock after minutes idle</source>
        <translation>इतने मिनट ख़ाली रहने पर लॉक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="196"/>
        <source>Lock after idle:</source>
        <translation>इतनी देर ख़ाली रहने पर लॉक:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="202"/>
        <source>Units</source>
        <translation>इकाइयाँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="207"/>
        <source>{0} unit</source>
        <translation>{0} की इकाई</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="213"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="219"/>
        <source>Appearance</source>
        <translation>दिखावट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="221"/>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="230"/>
        <source>Text size</source>
        <translation>अक्षरों का आकार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="233"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="237"/>
        <source>The window changes language at once; what you have typed stays.</source>
        <translation>विंडो की भाषा तुरंत बदल जाती है; आपने जो टाइप किया है वह बना रहता है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="242"/>
        <source>Theme:</source>
        <translation>थीम:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="244"/>
        <source>Text size:</source>
        <translation>अक्षरों का आकार:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="246"/>
        <source>Language:</source>
        <translation>भाषा:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="253"/>
        <source>Reminders</source>
        <translation>रिमाइंडर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="254"/>
        <source>No quiet hours</source>
        <translation>कोई शांत समय नहीं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="255"/>
        <source>During quiet hours reminders are shown without a sound or a pop-up.</source>
        <translation>शांत समय में रिमाइंडर बिना आवाज़ या पॉप-अप के दिखते हैं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="260"/>
        <source>Quiet hours start</source>
        <translation>शांत समय शुरू</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="261"/>
        <source>Quiet hours end</source>
        <translation>शांत समय ख़त्म</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="271"/>
        <source>Keep running in the tray</source>
        <translation>ट्रे में चलता रहे</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="272"/>
        <source>When the window is closed, HealthDesk stays in the tray so reminders still appear.</source>
        <translation>विंडो बंद होने पर HealthDesk ट्रे में रहता है ताकि रिमाइंडर आते रहें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="274"/>
        <source>Reminders still appear after the window is closed.</source>
        <translation>विंडो बंद होने के बाद भी रिमाइंडर दिखते हैं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="279"/>
        <source>Start HealthDesk when I log in</source>
        <translation>लॉग-इन करते ही HealthDesk शुरू करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="280"/>
        <source>So reminders are on from the start of the day</source>
        <translation>ताकि दिन की शुरुआत से रिमाइंडर चालू रहें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="286"/>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="288"/>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="292"/>
        <source>Quiet hours:</source>
        <translation>शांत समय:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="307"/>
        <source>Could not change the start-up entry: {0}</source>
        <translation>स्टार्ट-अप एंट्री नहीं बदल सके: {0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="314"/>
        <source>HealthDesk will start when you log in.</source>
        <translation>लॉग-इन करते ही HealthDesk शुरू होगा।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="315"/>
        <source>HealthDesk will not start at log-in.</source>
        <translation>लॉग-इन पर HealthDesk शुरू नहीं होगा।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="352"/>
        <source>{0} (translation not installed)</source>
        <translation>{0} (अनुवाद इंस्टॉल नहीं)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="460"/>
        <source>This computer will open HealthDesk without the passphrase.</source>
        <translation>यह कंप्यूटर HealthDesk बिना पासफ़्रेज़ के खोलेगा।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="461"/>
        <source>The passphrase will be asked for on this computer.</source>
        <translation>इस कंप्यूटर पर पासफ़्रेज़ पूछा जाएगा।</translation>
    </message>
</context>
<context>
    <name>SettingsPrivacy</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="39"/>
        <source>Erase for good?</source>
        <translation>हमेशा के लिए मिटाएँ?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_privacy.py" line="40"/>
        <source>Erase {name} and every record of theirs from this device (and, if you own them, from the sync server and every other device)? This cannot be undone; backups written before still hold them.</source>
        <translation>{name} और उनका हर रिकॉर्ड इस डिवाइस से मिटाएँ (और, अगर वे आपके हैं, तो सिंक सर्वर और हर दूसरे डिवाइस से भी)? यह वापस नहीं होगा; पहले बने बैकअप में वे अब भी रहेंगे।</translation>
    </message>
</context>
<context>
    <name>SettingsRetention</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="33"/>
        <source>Keep for ever</source>
        <translation>हमेशा रखें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="36"/>
        <source>1 year</source>
        <translation>1 साल</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="38"/>
        <source>{0} years</source>
        <translation>{0} साल</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="40"/>
        <source>1 month</source>
        <translation>1 महीना</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="41"/>
        <source>{0} months</source>
        <translation>{0} महीने</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="46"/>
        <source>Erase older records?</source>
        <translation>पुराने रिकॉर्ड मिटाएँ?</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_retention.py" line="47"/>
        <source>Keeping {what} for {period} erases {count} older ones for good, on this device, the sync server and the person&apos;s other devices, the next time the rules run (at once if you choose Apply now). Backups written before still hold them.</source>
        <translation>{what} को {period} तक रखने से {count} पुराने रिकॉर्ड हमेशा के लिए मिट जाएँगे, इस डिवाइस, सिंक सर्वर और उस व्यक्ति के दूसरे डिवाइसों पर, जब नियम अगली बार चलेंगे (“अभी लागू करें” चुनें तो तुरंत)। पहले बने बैकअप में वे अब भी रहेंगे।</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="44"/>
        <source>Sharing</source>
        <translation>साझा करना</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="48"/>
        <source>&amp;People</source>
        <translation>लोग (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="49"/>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="96"/>
        <source>&amp;Join</source>
        <translation>जुड़ें (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="50"/>
        <source>&amp;Devices</source>
        <translation>डिवाइस (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="53"/>
        <source>Sharing message</source>
        <translation>साझा करने का संदेश</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="68"/>
        <source>People with access</source>
        <translation>जिनके पास पहुँच है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="72"/>
        <source>Role for the invite</source>
        <translation>इनवाइट के लिए भूमिका</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="73"/>
        <source>Create &amp;invite code</source>
        <translation>इनवाइट कोड बनाएँ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="77"/>
        <source>Invite code</source>
        <translation>इनवाइट कोड</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="78"/>
        <source>&amp;Remove access</source>
        <translation>पहुँच हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="84"/>
        <source>Who can open this person&apos;s record:</source>
        <translation>इस व्यक्ति का रिकॉर्ड कौन खोल सकता है:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="94"/>
        <source>ABCD-EFGH-JKLM</source>
        <translation>ABCD-EFGH-JKLM</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="95"/>
        <source>Invite code to join</source>
        <translation>जुड़ने के लिए इनवाइट कोड</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="99"/>
        <source>Someone shared a record with you? Enter the code they gave you; the record arrives with the next sync.</source>
        <translation>किसी ने आपके साथ रिकॉर्ड साझा किया? उनका दिया कोड डालें; रिकॉर्ड अगले सिंक के साथ आ जाएगा।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="111"/>
        <source>Signed-in devices</source>
        <translation>साइन-इन डिवाइस</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="112"/>
        <source>&amp;Sign that device out</source>
        <translation>उस डिवाइस को साइन आउट करें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="115"/>
        <source>Devices signed in to this account:</source>
        <translation>इस खाते में साइन इन डिवाइस:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="142"/>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="154"/>
        <source>Give this code to the person you invite ({0}); it works once, until {1}.</source>
        <translation>यह कोड उस व्यक्ति को दें जिसे आप बुला रहे हैं ({0}); यह एक बार, {1} तक काम करता है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="165"/>
        <source>Joined as {0}. Syncing now brings the record here.</source>
        <translation>{0} के रूप में जुड़ गए। अभी सिंक करने से रिकॉर्ड यहाँ आ जाएगा।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="174"/>
        <source>Choose whose access to remove.</source>
        <translation>किसकी पहुँच हटानी है, चुनें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="179"/>
        <source>{0} no longer has access; their devices remove the record at their next sync.</source>
        <translation>{0} की पहुँच अब नहीं है; उनके डिवाइस अगले सिंक पर रिकॉर्ड हटा देंगे।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="188"/>
        <source>Choose a device to sign out.</source>
        <translation>साइन आउट करने के लिए डिवाइस चुनें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sharing.py" line="193"/>
        <source>That device is signed out.</source>
        <translation>वह डिवाइस साइन आउट हो गया।</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="31"/>
        <source>Sign in to sync</source>
        <translation>सिंक के लिए साइन इन करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="37"/>
        <source>Server address</source>
        <translation>सर्वर का पता</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="39"/>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="42"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="44"/>
        <source>This device&apos;s name</source>
        <translation>इस डिवाइस का नाम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="46"/>
        <source>only for a server with its own certificate: its SHA-256 fingerprint</source>
        <translation>सिर्फ़ अपने सर्टिफ़िकेट वाले सर्वर के लिए: उसका SHA-256 फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="48"/>
        <source>Certificate fingerprint</source>
        <translation>सर्टिफ़िकेट फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="50"/>
        <source>&amp;Server</source>
        <translation>सर्वर (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="51"/>
        <source>&amp;User name</source>
        <translation>उपयोगकर्ता नाम (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="52"/>
        <source>&amp;Password</source>
        <translation>पासवर्ड (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="53"/>
        <source>&amp;Device name</source>
        <translation>डिवाइस का नाम (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="54"/>
        <source>Certificate &amp;fingerprint</source>
        <translation>सर्टिफ़िकेट फ़िंगरप्रिंट (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="57"/>
        <source>Sign-in problem</source>
        <translation>साइन-इन में दिक़्क़त</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="59"/>
        <source>Your records stay encrypted on this device; the server keeps a copy for your other devices and the people you share with.</source>
        <translation>आपके रिकॉर्ड इस डिवाइस पर एन्क्रिप्टेड रहते हैं; सर्वर आपके दूसरे डिवाइसों और जिनसे आप साझा करते हैं उनके लिए एक कॉपी रखता है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="65"/>
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/sign_in.py" line="81"/>
        <source>Signing in…</source>
        <translation>साइन इन हो रहा है…</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="35"/>
        <source>Clinic staff</source>
        <translation>क्लिनिक स्टाफ़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="47"/>
        <source>Clinic name</source>
        <translation>क्लिनिक का नाम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="49"/>
        <source>First administrator</source>
        <translation>पहला एडमिनिस्ट्रेटर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="52"/>
        <source>Administrator&apos;s PIN</source>
        <translation>एडमिनिस्ट्रेटर का पिन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="53"/>
        <source>Make this a clinic&apos;s store</source>
        <translation>इसे क्लिनिक का स्टोर बनाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="56"/>
        <source>Clinic</source>
        <translation>क्लिनिक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="57"/>
        <source>Administrator</source>
        <translation>एडमिनिस्ट्रेटर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="58"/>
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="63"/>
        <source>Staff</source>
        <translation>स्टाफ़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="65"/>
        <source>New member&apos;s name</source>
        <translation>नए सदस्य का नाम</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="71"/>
        <source>New member&apos;s PIN</source>
        <translation>नए सदस्य का पिन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="72"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="74"/>
        <source>Disable / enable</source>
        <translation>बंद / चालू करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="113"/>
        <source>This is a personal store. A clinic&apos;s store has staff who sign in with their own PIN, and every change is recorded under their name.</source>
        <translation>यह निजी स्टोर है। क्लिनिक के स्टोर में स्टाफ़ अपने पिन से साइन इन करते हैं, और हर बदलाव उनके नाम से दर्ज होता है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="119"/>
        <source>Signed in as an administrator: you may add and disable staff.</source>
        <translation>एडमिनिस्ट्रेटर के रूप में साइन इन: आप स्टाफ़ जोड़ और बंद कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="121"/>
        <source>Only an administrator can add or disable staff.</source>
        <translation>सिर्फ़ एडमिनिस्ट्रेटर स्टाफ़ जोड़ या बंद कर सकता है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="128"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_staff.py" line="130"/>
        <source> (disabled)</source>
        <translation> (बंद)</translation>
    </message>
</context>
<context>
    <name>StaffSignInDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/staff_sign_in.py" line="31"/>
        <source>Staff sign-in</source>
        <translation>स्टाफ़ साइन-इन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/staff_sign_in.py" line="33"/>
        <source>Member of staff</source>
        <translation>स्टाफ़ सदस्य</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/staff_sign_in.py" line="36"/>
        <source>PIN or password</source>
        <translation>पिन या पासवर्ड</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/staff_sign_in.py" line="43"/>
        <source>Sign-in problem</source>
        <translation>साइन-इन में दिक़्क़त</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/staff_sign_in.py" line="46"/>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/staff_sign_in.py" line="47"/>
        <source>&amp;PIN</source>
        <translation>पिन (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/staff_sign_in.py" line="49"/>
        <source>Sign in</source>
        <translation>साइन इन</translation>
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
        <translation>डेमो रिकॉर्ड बनाया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/app/start.py" line="56"/>
        <source>HealthDesk demo</source>
        <translation>HealthDesk डेमो</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <location filename="../../healthdesk/ui/strength.py" line="129"/>
        <source>Use at least {MIN_LENGTH} characters. A few unrelated words make a passphrase that is easy to remember.</source>
        <translation>कम से कम {MIN_LENGTH} अक्षर इस्तेमाल करें। कुछ बेमेल शब्दों से ऐसा पासफ़्रेज़ बनता है जो याद रखना आसान हो।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/strength.py" line="133"/>
        <source>This is one of the most common passwords and is guessed first. Choose something else.</source>
        <translation>यह सबसे आम पासवर्ड में से एक है और सबसे पहले अंदाज़ा लगाया जाता है। कुछ और चुनें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/strength.py" line="140"/>
        <source>Too short: add {more} (at least {MIN_LENGTH}).</source>
        <translation>बहुत छोटा: {more} और जोड़ें (कम से कम {MIN_LENGTH})।</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="229"/>
        <source>Passphrase strength</source>
        <translation>पासफ़्रेज़ की मज़बूती</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="250"/>
        <source>Weak</source>
        <translation>कमज़ोर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="250"/>
        <source>Fair</source>
        <translation>ठीक-ठाक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="250"/>
        <source>Good</source>
        <translation>अच्छा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="251"/>
        <source>Strong</source>
        <translation>मज़बूत</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="252"/>
        <source>Strength: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>मज़बूती: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SymptomsSection</name>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="76"/>
        <source>Started</source>
        <translation>शुरू हुआ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="77"/>
        <source>Symptom</source>
        <translation>लक्षण</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="78"/>
        <source>Severity</source>
        <translation>गंभीरता</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="80"/>
        <source>How long</source>
        <translation>कितनी देर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="81"/>
        <source>Where</source>
        <translation>कहाँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="82"/>
        <source>Needs attention</source>
        <translation>ध्यान ज़रूरी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="84"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="95"/>
        <source>Last {SUMMARY_DAYS} days</source>
        <translation>पिछले {SUMMARY_DAYS} दिन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="99"/>
        <source>Symptoms in the last {SUMMARY_DAYS} days</source>
        <translation>पिछले {SUMMARY_DAYS} दिनों के लक्षण</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/records_symptoms.py" line="123"/>
        <source>“{symptom}” logged {0}</source>
        <translation>“{symptom}” {0} दर्ज हुआ</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="57"/>
        <source>Sync status</source>
        <translation>सिंक की स्थिति</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="63"/>
        <source>S&amp;ync</source>
        <translation>सिंक (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="64"/>
        <source>Sync &amp;now</source>
        <translation>अभी सिंक करें (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="66"/>
        <source>&amp;Sign in…</source>
        <translation>साइन इन… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="67"/>
        <source>Sign &amp;out</source>
        <translation>साइन आउट (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="68"/>
        <source>S&amp;haring…</source>
        <translation>साझा करना… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="69"/>
        <source>&amp;Conflicts…</source>
        <translation>टकराव… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="71"/>
        <source>&amp;Retry refused changes</source>
        <translation>अस्वीकृत बदलाव फिर आज़माएँ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="73"/>
        <source>Set-&amp;aside changes…</source>
        <translation>अलग रखे गए बदलाव… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="75"/>
        <source>S&amp;top sync</source>
        <translation>सिंक रोकें (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="111"/>
        <location filename="../../healthdesk/ui/sync_menu.py" line="153"/>
        <source>Syncing…</source>
        <translation>सिंक हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="164"/>
        <source>Stopping sync…</source>
        <translation>सिंक रुक रहा है…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="173"/>
        <source>Synced: sent {0}, received {1}.</source>
        <translation>सिंक हुआ: {0} भेजे, {1} मिले।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/sync_menu.py" line="217"/>
        <source>Conflicts</source>
        <translation>टकराव</translation>
    </message>
</context>
<context>
    <name>TimeRow</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="57"/>
        <source>Time of day</source>
        <translation>दिन का समय</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="59"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/medication_editor_schedule.py" line="60"/>
        <source>Remove this time</source>
        <translation>यह समय हटाएँ</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="60"/>
        <source>Good morning</source>
        <translation>सुप्रभात</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="61"/>
        <source>Good afternoon</source>
        <translation>नमस्ते</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="62"/>
        <source>Good evening</source>
        <translation>शुभ संध्या</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="101"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="103"/>
        <source>Greeting</source>
        <translation>अभिवादन</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="114"/>
        <source>Doses today</source>
        <translation>आज की खुराकें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="117"/>
        <source>When needed</source>
        <translation>ज़रूरत पड़ने पर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="120"/>
        <source>Doses taken</source>
        <translation>ली गई खुराकें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="124"/>
        <source>Doses taken this week</source>
        <translation>इस हफ़्ते ली गई खुराकें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="132"/>
        <source>Alerts for you</source>
        <translation>आपके लिए अलर्ट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="137"/>
        <source>Running low</source>
        <translation>कम बचा है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="140"/>
        <source>Symptoms that need attention</source>
        <translation>जिन लक्षणों पर ध्यान ज़रूरी है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="150"/>
        <source>Next appointments</source>
        <translation>अगले अपॉइंटमेंट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="153"/>
        <source>Latest readings</source>
        <translation>ताज़ा रीडिंग</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="193"/>
        <source>Add a person in Settings to start their record.</source>
        <translation>रिकॉर्ड शुरू करने के लिए सेटिंग्स में व्यक्ति जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="221"/>
        <source>Could not load today&apos;s summary: {exc}</source>
        <translation>आज का सारांश लोड नहीं हो सका: {exc}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="231"/>
        <source>No doses scheduled today.</source>
        <translation>आज कोई खुराक तय नहीं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="269"/>
        <source>No appointments planned.</source>
        <translation>कोई अपॉइंटमेंट तय नहीं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="291"/>
        <source>No readings yet.</source>
        <translation>अभी कोई रीडिंग नहीं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="320"/>
        <source>No scheduled doses to count yet this week.</source>
        <translation>इस हफ़्ते गिनने के लिए अभी कोई तय खुराक नहीं।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="324"/>
        <source>{taken} of {scheduled} doses taken in the last 7 days ({percent}%).</source>
        <translation>पिछले 7 दिनों में {scheduled} में से {taken} खुराकें लीं ({percent}%)।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="334"/>
        <source>{days} days: {p}%</source>
        <translation>{days} दिन: {p}%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/pages/today.py" line="341"/>
        <source>%n days in a row with every dose taken</source>
        <translation>
            <numerusform>लगातार %n दिन हर खुराक ली गई</numerusform>
            <numerusform>लगातार %n दिन हर खुराक ली गई</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="342"/>
        <source>No streak running: every dose today starts a new one</source>
        <translation>अभी कोई सिलसिला नहीं चल रहा: आज की हर खुराक नया सिलसिला शुरू करती है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="344"/>
        <source>(best {best})</source>
        <translation>(सबसे अच्छा {best})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="360"/>
        <source>Refill soon</source>
        <translation>जल्द दवा फिर से लें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="381"/>
        <source>{person_name} has not taken {medication_title} (due {when}).</source>
        <translation>{person_name} ने {medication_title} नहीं ली ({when} पर लेनी थी)।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="385"/>
        <source>I&apos;m on it</source>
        <translation>मैं देख रहा हूँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="386"/>
        <source>Acknowledge: the next caregiver will not be alerted</source>
        <translation>स्वीकार करें: अगले देखभाल करने वाले को अलर्ट नहीं जाएगा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="387"/>
        <source>Acknowledge the alert about {person_name}</source>
        <translation>{person_name} के बारे में अलर्ट स्वीकार करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="390"/>
        <source>Alert</source>
        <translation>अलर्ट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="400"/>
        <source>Alert acknowledged.</source>
        <translation>अलर्ट स्वीकार किया गया।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="417"/>
        <location filename="../../healthdesk/ui/pages/today.py" line="449"/>
        <source>{title} recorded as taken.</source>
        <translation>{title} ली गई दर्ज हुई।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="420"/>
        <source>{title} recorded as skipped.</source>
        <translation>{title} छोड़ी गई दर्ज हुई।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="424"/>
        <source>{title} snoozed for {minutes} minutes.</source>
        <translation>{title} {minutes} मिनट के लिए टाली गई।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="433"/>
        <source>{title}: the recorded dose was taken back.</source>
        <translation>{title}: दर्ज की गई खुराक वापस ली गई।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/today.py" line="441"/>
        <source>Check before taking {title}</source>
        <translation>{title} लेने से पहले जाँच लें</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="195"/>
        <source>&amp;Import…</source>
        <translation>इम्पोर्ट… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="196"/>
        <source>Add readings or records from a file</source>
        <translation>फ़ाइल से रीडिंग या रिकॉर्ड जोड़ें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="197"/>
        <source>&amp;Export…</source>
        <translation>एक्सपोर्ट… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="198"/>
        <source>Save the record, or one person&apos;s part, to a file</source>
        <translation>रिकॉर्ड, या एक व्यक्ति का हिस्सा, फ़ाइल में सेव करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="199"/>
        <source>&amp;Back up…</source>
        <translation>बैकअप लें… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="200"/>
        <source>Save an encrypted copy of the whole record</source>
        <translation>पूरे रिकॉर्ड की एन्क्रिप्टेड कॉपी सेव करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="202"/>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="267"/>
        <source>{0} not done</source>
        <translation>{0} नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="323"/>
        <source>Choose a person first</source>
        <translation>पहले व्यक्ति चुनें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="324"/>
        <source>A file of readings goes into one person&apos;s record. Add or choose a person first, then import the file.</source>
        <translation>रीडिंग की फ़ाइल एक व्यक्ति के रिकॉर्ड में जाती है। पहले कोई व्यक्ति जोड़ें या चुनें, फिर फ़ाइल इम्पोर्ट करें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="331"/>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="334"/>
        <source>Import</source>
        <translation>इम्पोर्ट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="341"/>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="359"/>
        <source>Importing {name}</source>
        <translation>{name} इम्पोर्ट हो रहा है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="393"/>
        <source>Exporting to {name}</source>
        <translation>{name} में एक्सपोर्ट हो रहा है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="410"/>
        <source>Backing up the record</source>
        <translation>रिकॉर्ड का बैकअप लिया जा रहा है</translation>
    </message>
</context>
<context>
    <name>TransferJobs</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="182"/>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="205"/>
        <source>Reading {name}</source>
        <translation>{name} पढ़ा जा रहा है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="219"/>
        <source>Checking and saving the readings</source>
        <translation>रीडिंग जाँची और सेव की जा रही हैं</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="236"/>
        <source>Checking and saving everything in the file</source>
        <translation>फ़ाइल की हर चीज़ जाँची और सेव की जा रही है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="258"/>
        <source>Import finished</source>
        <translation>इम्पोर्ट पूरा हुआ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="278"/>
        <source>HealthDesk {who}{what} {0}{suffix}</source>
        <translation>HealthDesk {who}{what} {0}{suffix}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="295"/>
        <source>Collecting the record</source>
        <translation>रिकॉर्ड इकट्ठा किया जा रहा है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="311"/>
        <source>Saving {name}</source>
        <translation>{name} सेव हो रहा है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="316"/>
        <source>Export finished</source>
        <translation>एक्सपोर्ट पूरा हुआ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="317"/>
        <source>Exported to {name}: {what}</source>
        <translation>{name} में एक्सपोर्ट हुआ: {what}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="329"/>
        <source>Preparing the backup</source>
        <translation>बैकअप की तैयारी हो रही है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="330"/>
        <source>Copying the encrypted record</source>
        <translation>एन्क्रिप्टेड रिकॉर्ड कॉपी किया जा रहा है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="335"/>
        <source>Backup finished</source>
        <translation>बैकअप पूरा हुआ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="336"/>
        <source>Backed up to {name}</source>
        <translation>{name} में बैकअप लिया गया</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="346"/>
        <source>The {verb} could not be finished: {0}{where}.</source>
        <translation>{verb} पूरा नहीं हो सका: {0}{where}।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="349"/>
        <source>The {verb} could not be finished ({0}: {exc}).</source>
        <translation>{verb} पूरा नहीं हो सका ({0}: {exc})।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="356"/>
        <source>The {verb} was stopped; {nothing}.</source>
        <translation>{verb} रोका गया; {nothing}।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer_jobs.py" line="358"/>
        <source>{0} stopped; {nothing}.</source>
        <translation>{0} रोका गया; {nothing}।</translation>
    </message>
</context>
<context>
    <name>TransferProgress</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="73"/>
        <source>Starting…</source>
        <extracomment>Emitted when the person asks to stop.</extracomment>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="75"/>
        <source>What is happening</source>
        <translation>क्या हो रहा है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="81"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="82"/>
        <source>Stop (Esc)</source>
        <translation>रोकें (Esc)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="100"/>
        <source>This step cannot be stopped once started; it will finish shortly.</source>
        <translation>यह क़दम शुरू होने के बाद रोका नहीं जा सकता; यह जल्द पूरा होगा।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/transfer.py" line="107"/>
        <source>Stopping…</source>
        <translation>रुक रहा है…</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <location filename="../../healthdesk/ui/context.py" line="69"/>
        <source>Not saved</source>
        <extracomment>Emitted after the current profile changed (argument: profile id or &quot;&quot;). Emitted after an op committed changes: (Changes, initiator or None). Emitted when a page asks to show a transient message in the status bar. Emitted when a network op failed and nobody handled it: the sync status line shows the sentence. Emitted when something wants a sync round soon (sharing changed who sees what).</extracomment>
        <translation>सेव नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/context.py" line="70"/>
        <source>{0} was not saved: {1}</source>
        <translation>{0} सेव नहीं हुआ: {1}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="87"/>
        <source>HealthDesk is locked</source>
        <translation>HealthDesk लॉक है</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="87"/>
        <source>Unlock HealthDesk</source>
        <translation>HealthDesk अनलॉक करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="105"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="109"/>
        <source>Unlock</source>
        <translation>अनलॉक करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="110"/>
        <source>Unlock (Enter)</source>
        <translation>अनलॉक करें (Enter)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="112"/>
        <source>Use recovery key…</source>
        <translation>रिकवरी कुंजी इस्तेमाल करें…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="118"/>
        <source>Forgot the passphrase? Set a new one with the recovery key you saved.</source>
        <translation>पासफ़्रेज़ भूल गए? सेव की हुई रिकवरी कुंजी से नया पासफ़्रेज़ बनाएँ।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="121"/>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="161"/>
        <source>Quit</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="122"/>
        <source>Close HealthDesk (Esc)</source>
        <translation>HealthDesk बंद करें (Esc)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="124"/>
        <source>Your record was locked to keep it private. Type your passphrase to continue where you left off.</source>
        <translation>आपका रिकॉर्ड निजी रखने के लिए लॉक किया गया। जहाँ छोड़ा था वहीं से आगे बढ़ने के लिए पासफ़्रेज़ टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="126"/>
        <source>Type your passphrase to open your health record.</source>
        <translation>अपना स्वास्थ्य रिकॉर्ड खोलने के लिए पासफ़्रेज़ टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="128"/>
        <source>Passphrase:</source>
        <translation>पासफ़्रेज़:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="147"/>
        <source>Recovery key</source>
        <translation>रिकवरी कुंजी</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="148"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="151"/>
        <source>New passphrase</source>
        <translation>नया पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="155"/>
        <source>Reset and unlock</source>
        <translation>रीसेट करके अनलॉक करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="156"/>
        <source>Set the new passphrase and open the record (Enter)</source>
        <translation>नया पासफ़्रेज़ बनाएँ और रिकॉर्ड खोलें (Enter)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="159"/>
        <source>Back to passphrase</source>
        <translation>पासफ़्रेज़ पर वापस</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="164"/>
        <source>Recovery key:</source>
        <translation>रिकवरी कुंजी:</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="176"/>
        <source>Set a new passphrase with your recovery key</source>
        <translation>अपनी रिकवरी कुंजी से नया पासफ़्रेज़ बनाएँ</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="178"/>
        <source>Type the recovery key you saved when you created the record (capitals, spaces and dashes do not matter), then choose a new passphrase. Your record stays as it is.</source>
        <translation>रिकॉर्ड बनाते समय सेव की गई रिकवरी कुंजी टाइप करें (बड़े अक्षर, स्पेस और डैश से फ़र्क़ नहीं पड़ता), फिर नया पासफ़्रेज़ चुनें। आपका रिकॉर्ड वैसा ही रहता है।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="222"/>
        <source>Type your passphrase first.</source>
        <translation>पहले अपना पासफ़्रेज़ टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="243"/>
        <source>That passphrase is not right. Nothing was changed.</source>
        <translation>यह पासफ़्रेज़ सही नहीं है। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="257"/>
        <source>Type the recovery key first.</source>
        <translation>पहले रिकवरी कुंजी टाइप करें।</translation>
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
        <translation>काम चल रहा है</translation>
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
        <translation>HealthDesk रिकवरी कुंजी
=======================

रिकवरी कुंजी: {key}

बनाई गई: {day}
रिकॉर्ड फ़ोल्डर: {data_dir}

अगर आप अपना पासफ़्रेज़ भूल जाएँ, तो अनलॉक स्क्रीन पर &quot;रिकवरी कुंजी इस्तेमाल करें...&quot; चुनें
और यह कुंजी टाइप करें। इस कागज़ को कंप्यूटर से दूर किसी सुरक्षित जगह रखें।
जिसके पास यह कुंजी और आपका कंप्यूटर हो, वह आपका स्वास्थ्य रिकॉर्ड खोल सकता है।
</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="35"/>
        <source>Visit: {0}</source>
        <translation>विज़िट: {0}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="43"/>
        <source>Blood pressure</source>
        <translation>रक्तचाप (बीपी)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="43"/>
        <source>128/82 mmHg</source>
        <translation>128/82 mmHg</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="44"/>
        <source>Pulse</source>
        <translation>नब्ज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="44"/>
        <source>beats per minute</source>
        <translation>धड़कन प्रति मिनट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="45"/>
        <source>Temperature</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="45"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="46"/>
        <source>Weight</source>
        <translation>वज़न</translation>
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
        <translation>विज़िट के नोट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="52"/>
        <source>Medicine</source>
        <translation>दवा</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="52"/>
        <source>name, e.g. Metformin</source>
        <translation>नाम, जैसे Metformin</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="53"/>
        <source>Strength</source>
        <translation>ताक़त</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="53"/>
        <source>e.g. 500 mg</source>
        <translation>जैसे 500 mg</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="54"/>
        <source>Times of day</source>
        <translation>दिन के समय</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="54"/>
        <source>08:00, 20:00</source>
        <translation>08:00, 20:00</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="55"/>
        <source>Next appointment</source>
        <translation>अगला अपॉइंटमेंट</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="55"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="58"/>
        <source>Why the visit was not saved</source>
        <translation>विज़िट क्यों सेव नहीं हुई</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="68"/>
        <source>{0} · {1} · waiting {2} min</source>
        <translation>{0} · {1} · {2} मिनट से इंतज़ार</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="70"/>
        <source>Patient</source>
        <translation>मरीज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="72"/>
        <source>&amp;Blood pressure</source>
        <translation>रक्तचाप (बीपी) (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="72"/>
        <source>P&amp;ulse</source>
        <translation>नब्ज़ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="73"/>
        <source>&amp;Temperature</source>
        <translation>तापमान (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="74"/>
        <source>&amp;Weight</source>
        <translation>वज़न (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="74"/>
        <source>Sp&amp;O2</source>
        <translation>SpO2 (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="75"/>
        <source>&amp;Notes</source>
        <translation>नोट (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="75"/>
        <source>&amp;Medicine</source>
        <translation>दवा (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="76"/>
        <source>St&amp;rength</source>
        <translation>ताक़त (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="77"/>
        <source>T&amp;imes of day</source>
        <translation>दिन के समय (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="78"/>
        <source>Ne&amp;xt appointment</source>
        <translation>अगला अपॉइंटमेंट (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="83"/>
        <source>Save the visit</source>
        <translation>विज़िट सेव करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="88"/>
        <source>Cancel the visit</source>
        <translation>विज़िट रद्द करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit.py" line="140"/>
        <source>{0}&apos;s visit is saved.</source>
        <translation>{0} की विज़िट सेव हो गई।</translation>
    </message>
</context>
<context>
    <name>VisitHistory</name>
    <message>
        <location filename="../../healthdesk/ui/pages/appointments_history.py" line="43"/>
        <source>Past visits</source>
        <translation>पिछली विज़िट</translation>
    </message>
</context>
<context>
    <name>VisitSummaryOptions</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="31"/>
        <source>Visit summary</source>
        <translation>विज़िट सारांश</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="35"/>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="35"/>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="41"/>
        <source>Paper</source>
        <translation>कागज़</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="42"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="43"/>
        <source>Letter</source>
        <translation>लेटर</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="49"/>
        <source>&amp;From</source>
        <translation>से (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="50"/>
        <source>&amp;To</source>
        <translation>तक (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="51"/>
        <source>&amp;Paper</source>
        <translation>कागज़ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="65"/>
        <source>To must be today ({0}) or earlier.</source>
        <translation>“तक” आज ({0}) या उससे पहले का होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/visit_summary_options.py" line="67"/>
        <source>From must be on or before To ({0}).</source>
        <translation>“से” की तारीख “तक” ({0}) से पहले या उसी दिन होनी चाहिए।</translation>
    </message>
</context>
<context>
    <name>WeeklyAdherenceChart</name>
    <message>
        <location filename="../../healthdesk/ui/adherence_chart.py" line="45"/>
        <source>Adherence by week</source>
        <translation>हफ़्ते के हिसाब से दवा नियमित लेना</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/adherence_chart.py" line="68"/>
        <source>week of {0}: {1}%</source>
        <translation>{0} वाला हफ़्ता: {1}%</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/adherence_chart.py" line="70"/>
        <location filename="../../healthdesk/ui/adherence_chart.py" line="120"/>
        <source>No doses due yet.</source>
        <translation>अभी कोई खुराक बाक़ी नहीं।</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="324"/>
        <source>Today {local:%H:%M}</source>
        <translation>आज {local:%H:%M}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="326"/>
        <source>Tomorrow {local:%H:%M}</source>
        <translation>कल {local:%H:%M}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="329"/>
        <source>Yesterday {local:%H:%M}</source>
        <translation>कल (बीता) {local:%H:%M}</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="38"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings_dialogs.py" line="40"/>
        <source>Close without changing anything (Esc)</source>
        <translation>कुछ बदले बिना बंद करें (Esc)</translation>
    </message>
</context>
</TS>
