<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>wd::EvidenceModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/evidencemodel.cpp" line="+228"/>
        <source>similar screenshot in ticket %1 (%2, %n bit(s) apart)</source>
        <translation>
            <numerusform>similar screenshot in ticket %1 (%2, %n bit apart)</numerusform>
            <numerusform>similar screenshot in ticket %1 (%2, %n bits apart)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wd::KeyLogModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/keylogmodel.cpp" line="+20"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wd::TicketQueueModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/ticketqueuemodel.cpp" line="+257"/>
        <source>%n change(s) not yet confirmed by the server</source>
        <translation>
            <numerusform>%n change not yet confirmed by the server</numerusform>
            <numerusform>%n changes not yet confirmed by the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wd::app::Workstation</name>
    <message numerus="yes">
        <location filename="../app/warrantydesk/workstation.cpp" line="+328"/>
        <source>Downloading evidence: %n left</source>
        <translation>
            <numerusform>Downloading evidence: %n left</numerusform>
            <numerusform>Downloading evidence: %n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+123"/>
        <source>%n ticket(s) exported to %1</source>
        <translation>
            <numerusform>%n ticket exported to %1</numerusform>
            <numerusform>%n tickets exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wd::ui::CaseHeader</name>
    <message numerus="yes">
        <location filename="../ui/caseheader.cpp" line="+189"/>
        <source>Held by %1 · lease %n min</source>
        <translation>
            <numerusform>Held by %1 · lease %n min</numerusform>
            <numerusform>Held by %1 · lease %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wd::ui::LoginDialog</name>
    <message numerus="yes">
        <location filename="../ui/logindialog.cpp" line="+117"/>
        <source>Too many failed attempts: the account is locked. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts: the account is locked. Try again in %n minute.</numerusform>
            <numerusform>Too many failed attempts: the account is locked. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wd::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+321"/>
        <source>%n unsent change(s), %1 need you</source>
        <translation>
            <numerusform>%n unsent change, %1 need you</numerusform>
            <numerusform>%n unsent changes, %1 need you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unsent change(s)</source>
        <translation>
            <numerusform>%n unsent change</numerusform>
            <numerusform>%n unsent changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wd::ui::OrderPanel</name>
    <message numerus="yes">
        <location filename="../ui/orderpanel.cpp" line="+258"/>
        <source>%n day(s) after delivery</source>
        <translation>
            <numerusform>%n day after delivery</numerusform>
            <numerusform>%n days after delivery</numerusform>
        </translation>
    </message>
</context>
</TS>
