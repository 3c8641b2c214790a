<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaseloadHandoverDialog</name>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="105"/>
        <source>%n family(ies) go; the others stay here.</source>
        <translation>
            <numerusform>%n family goes; the others stay here.</numerusform>
            <numerusform>%n families go; the others stay here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="115"/>
        <source>Hand over %n family(ies) to {receiver}? They go at the next sync; until {receiver} answers you can still withdraw each one.</source>
        <translation>
            <numerusform>Hand over %n family to {receiver}? It goes at the next sync; until {receiver} answers you can still withdraw it.</numerusform>
            <numerusform>Hand over %n families to {receiver}? They go at the next sync; until {receiver} answers you can still withdraw each one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="127"/>
        <source>Handed over; they go at the next sync. Not sent, for want of consent: %n family(ies).</source>
        <translation>
            <numerusform>Handed over; they go at the next sync. Not sent, for want of consent: %n family.</numerusform>
            <numerusform>Handed over; they go at the next sync. Not sent, for want of consent: %n families.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistsPanel</name>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/checklist/family_checklists.py" line="81"/>
        <source>{date}  {title} — {level} — risks in %n domain(s)</source>
        <translation>
            <numerusform>{date}  {title} — {level} — risks in %n domain</numerusform>
            <numerusform>{date}  {title} — {level} — risks in %n domains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyMenu</name>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/family/family_menu.py" line="121"/>
        <source>%n signal(s) will be withdrawn at the CJG at the next sync.</source>
        <translation>
            <numerusform>%n signal will be withdrawn at the CJG at the next sync.</numerusform>
            <numerusform>%n signals will be withdrawn at the CJG at the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="248"/>
        <source>%n note(s) chosen one by one</source>
        <translation>
            <numerusform>%n note chosen one by one</numerusform>
            <numerusform>%n notes chosen one by one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KaartImportDialog</name>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/kaart/kaart_import_dialog.py" line="60"/>
        <source>Import the %n good row(s)</source>
        <translation>
            <numerusform>Import the %n good row</numerusform>
            <numerusform>Import the %n good rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/kaart/kaart_import_dialog.py" line="61"/>
        <source>Import %n entry(ies)</source>
        <translation>
            <numerusform>Import %n entry</numerusform>
            <numerusform>Import %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KaartWindow</name>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="247"/>
        <source>No offers fit the ticked domains; without them %n offer(s) fit. &lt;a href=&quot;untick&quot;&gt;Untick the domains&lt;/a&gt;</source>
        <translation>
            <numerusform>No offers fit the ticked domains; without them %n offer fits. &lt;a href=&quot;untick&quot;&gt;Untick the domains&lt;/a&gt;</numerusform>
            <numerusform>No offers fit the ticked domains; without them %n offers fit. &lt;a href=&quot;untick&quot;&gt;Untick the domains&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="279"/>
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n offer</numerusform>
            <numerusform>%n offers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/shell/main_window.py" line="197"/>
        <source>%n new match(es) from the CJG</source>
        <translation>
            <numerusform>%n new match from the CJG</numerusform>
            <numerusform>%n new matches from the CJG</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/shell/main_window.py" line="210"/>
        <source>%n checklist file(s) have problems and are not offered: {files}. Run &apos;stap0 checklists validate&apos; for details.</source>
        <translation>
            <numerusform>%n checklist file has problems and is not offered: {files}. Run &apos;stap0 checklists validate&apos; for details.</numerusform>
            <numerusform>%n checklist files have problems and are not offered: {files}. Run &apos;stap0 checklists validate&apos; for details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/shell/main_window.py" line="219"/>
        <source>&lt;h3&gt;%n family(ies)&lt;/h3&gt;&lt;p&gt;Choose a family on the left, or search all notes with Ctrl+F.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;%n family&lt;/h3&gt;&lt;p&gt;Choose a family on the left, or search all notes with Ctrl+F.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;%n families&lt;/h3&gt;&lt;p&gt;Choose a family on the left, or search all notes with Ctrl+F.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/shell/main_window.py" line="375"/>
        <source>Stap 0 locks in %n second(s). Move the mouse or press a key to keep working.</source>
        <translation>
            <numerusform>Stap 0 locks in %n second. Move the mouse or press a key to keep working.</numerusform>
            <numerusform>Stap 0 locks in %n seconds. Move the mouse or press a key to keep working.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Removals</name>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="53"/>
        <source>Their relations go too (%n relation(s)).</source>
        <translation>
            <numerusform>Their %n relation goes too.</numerusform>
            <numerusform>Their %n relations go too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="76"/>
        <source>The %n note(s) written at this visit are deleted too.</source>
        <translation>
            <numerusform>The %n note written at this visit is deleted too.</numerusform>
            <numerusform>The %n notes written at this visit are deleted too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/shell/search_panel.py" line="77"/>
        <source>%n note(s) found for “{q}”, best first.</source>
        <translation>
            <numerusform>%n note found for “{q}”.</numerusform>
            <numerusform>%n notes found for “{q}”, best first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignalCounts</name>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/sharing/sync_status.py" line="17"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/sharing/sync_status.py" line="20"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/sharing/sync_status.py" line="23"/>
        <source>%n handover(s) to answer</source>
        <translation>
            <numerusform>%n handover to answer</numerusform>
            <numerusform>%n handovers to answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/sharing/signal_dialog.py" line="188"/>
        <source>The CJG cannot match %n person(s) without a BSN or a parent with one in this signal: {names}. Add the BSN if the parents gave it.</source>
        <translation>
            <numerusform>The CJG cannot match %n person without a BSN or a parent with one in this signal: {names}. Add the BSN if the parents gave it.</numerusform>
            <numerusform>The CJG cannot match %n people without a BSN or a parent with one in this signal: {names}. Add the BSN if the parents gave it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="129"/>
        <source>%n families match &apos;{typed}&apos;: choose one from the list.</source>
        <translation>
            <numerusform>%n family matches &apos;{typed}&apos;: choose it from the list.</numerusform>
            <numerusform>%n families match &apos;{typed}&apos;: choose one from the list.</numerusform>
        </translation>
    </message>
</context>
</TS>
