<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta_IN">
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
    <name>MainWindow</name>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="33"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="33"/>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="34"/>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="35"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="36"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="36"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="37"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="37"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="76"/>
        <source>Whose record (Ctrl+P)</source>
        <extracomment>Emitted when the user locks the record (Ctrl+L or idle timeout).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="93"/>
        <source>{0} (Ctrl+{1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="97"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="110"/>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="130"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="131"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="133"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="137"/>
        <source>Switch &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="139"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/main_window.py" line="146"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="253"/>
        <source>At least {0} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="256"/>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="260"/>
        <source>{0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="262"/>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="288"/>
        <source>The passphrase must be at least {0} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="175"/>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="191"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="178"/>
        <source>Show {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="179"/>
        <source>Show or hide what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="191"/>
        <source>Hide</source>
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
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="309"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="310"/>
        <source>For example, Asha Rao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="312"/>
        <source>Add a date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="314"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="324"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="333"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="334"/>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="335"/>
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
    <name>SearchDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="131"/>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="134"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="135"/>
        <source>Search the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="136"/>
        <source>Search ({0}). Up and Down choose a result, Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="144"/>
        <source>Only the current person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="146"/>
        <source>Search only the current person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="148"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="157"/>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="201"/>
        <source>Only {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="272"/>
        <source>Nothing found for “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="274"/>
        <source>Showing the best {0} results. Type more words to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="277"/>
        <source>1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="278"/>
        <source>{0} results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/search.py" line="279"/>
        <source>{0}. Press Enter to open the highlighted one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="76"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="133"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="134"/>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="136"/>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="137"/>
        <source>Lock HealthDesk now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="139"/>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="141"/>
        <source>Open HealthDesk without the passphrase on this computer. The key is kept in the computer&apos;s secure keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="147"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="148"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="150"/>
        <source>Lock after minutes idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="160"/>
        <source>Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="166"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="171"/>
        <source>{0} unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="177"/>
        <source>{0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="183"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="185"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="194"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="197"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="202"/>
        <source>A new language takes effect the next time HealthDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="207"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="209"/>
        <source>Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="211"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="218"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="219"/>
        <source>No quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="220"/>
        <source>During quiet hours reminders are shown without a sound or a pop-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="225"/>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="226"/>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="236"/>
        <source>Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="237"/>
        <source>When the window is closed, HealthDesk stays in the tray so reminders still appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="239"/>
        <source>Reminders still appear after the window is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="243"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="245"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="249"/>
        <source>Quiet hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="291"/>
        <source>{0} (translation not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="389"/>
        <source>This computer will open HealthDesk without the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/pages/settings.py" line="390"/>
        <source>The passphrase will be asked for on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="212"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="232"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="232"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="232"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="233"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock_fields.py" line="234"/>
        <source>Strength: &lt;b&gt;{0}&lt;/b&gt;</source>
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
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="175"/>
        <source>Set a new passphrase with your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="177"/>
        <source>Type the recovery key you saved when you created the record (capitals, spaces and dashes do not matter), then choose a new passphrase. Your record stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="221"/>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="242"/>
        <source>That passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dialogs/unlock.py" line="256"/>
        <source>Type the recovery key first.</source>
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
