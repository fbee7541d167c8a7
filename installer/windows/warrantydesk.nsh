; WarrantyDesk's additions to the NSIS installer, included by NSIS.template.in after the
; languages: the English and Chinese strings, the .wdcase file type and warrantydesk:// link,
; the silent removal of a previous version and the user-data choice of the uninstaller.
; Kept apart from the template because CPack does not configure it: plain NSIS only here.

!define WD_UNINSTALL_SHORTCUT "Uninstall WarrantyDesk"
!define WD_PROGID "WarrantyDesk.Case"
!define WD_URL_SCHEME "warrantydesk"
!define WD_GUI_EXE "$INSTDIR\bin\warrantydesk.exe"
; Qt keeps data under %LOCALAPPDATA%\<organization> and %APPDATA%\<organization>, and QSettings
; under HKCU\Software\<organization> (the workstation's organization name is "WarrantyDesk").
!define WD_USER_DIR "WarrantyDesk"

;--------------------------------
; Strings

LangString WD_Needs64Bit ${LANG_ENGLISH} "WarrantyDesk needs a 64-bit edition of Windows."
LangString WD_Needs64Bit ${LANG_SIMPCHINESE} "质保工作台需要 64 位 Windows。"
LangString WD_RemovingPrevious ${LANG_ENGLISH} "Removing the installed version"
LangString WD_RemovingPrevious ${LANG_SIMPCHINESE} "正在移除已安装的版本"
LangString WD_PreviousFailed ${LANG_ENGLISH} "The installed version of WarrantyDesk could not be removed. Close WarrantyDesk and run the setup again."
LangString WD_PreviousFailed ${LANG_SIMPCHINESE} "无法移除已安装的质保工作台。请关闭质保工作台后重新运行安装程序。"
LangString WD_CaseFileType ${LANG_ENGLISH} "WarrantyDesk case bundle"
LangString WD_CaseFileType ${LANG_SIMPCHINESE} "质保工作台案件包"
LangString WD_UserDataTitle ${LANG_ENGLISH} "Your data"
LangString WD_UserDataTitle ${LANG_SIMPCHINESE} "您的数据"
LangString WD_UserDataSubtitle ${LANG_ENGLISH} "Choose whether to keep your data on this computer."
LangString WD_UserDataSubtitle ${LANG_SIMPCHINESE} "选择是否在本机保留您的数据。"
LangString WD_UserDataText ${LANG_ENGLISH} "Your local ticket cache, pending changes and settings stay on this computer, so a new installation finds them again. Tickets on the server are not affected either way."
LangString WD_UserDataText ${LANG_SIMPCHINESE} "本机的工单缓存、待同步的修改和设置将保留,重新安装后可继续使用。服务器上的工单不受影响。"
LangString WD_UserDataCheckbox ${LANG_ENGLISH} "Also delete my local data and settings"
LangString WD_UserDataCheckbox ${LANG_SIMPCHINESE} "同时删除我的本地数据和设置"

;--------------------------------
; In-place upgrade: the installed version (any older one, or this one again) is removed silently
; from its own folder before the new files are copied. Its uninstaller runs with /S and without
; /PURGE, so it keeps the user's data and settings.

!macro WD_UninstallPrevious
  ReadRegStr $0 HKLM "${WD_UNINST_KEY}" "UninstallString"
  ${If} $0 != ""
    ; The value is quoted; strip the quotes to get the path.
    StrCpy $1 $0 1
    ${If} $1 == "$\""
      StrCpy $0 $0 "" 1
      StrCpy $0 $0 -1
    ${EndIf}
    ${GetParent} $0 $1
    ReadRegStr $2 HKLM "${WD_UNINST_KEY}" "DisplayVersion"
    DetailPrint "$(WD_RemovingPrevious) $2 ($1)"
    ClearErrors
    ; _?= runs the uninstaller in place and waits for it (otherwise it copies itself and returns).
    ExecWait '"$0" /S _?=$1' $3
    ${If} ${Errors}
    ${OrIf} $3 != 0
      MessageBox MB_OK|MB_ICONSTOP "$(WD_PreviousFailed)" /SD IDOK
      Abort
    ${EndIf}
    ; Run in place, the old uninstaller cannot delete itself.
    Delete "$0"
    RMDir "$1"
  ${EndIf}
!macroend

;--------------------------------
; The .wdcase file type and the warrantydesk://ticket/<id> link, for all users (HKLM\Software\Classes).
; Both open the workstation with the file path or the link as its argument.

!macro WD_RegisterAssociations
  WriteRegStr HKLM "Software\Classes\.wdcase" "" "${WD_PROGID}"
  WriteRegStr HKLM "Software\Classes\.wdcase" "Content Type" "application/x-warrantydesk-case"
  WriteRegStr HKLM "Software\Classes\.wdcase\OpenWithProgids" "${WD_PROGID}" ""
  WriteRegStr HKLM "Software\Classes\${WD_PROGID}" "" "$(WD_CaseFileType)"
  WriteRegStr HKLM "Software\Classes\${WD_PROGID}\DefaultIcon" "" "${WD_GUI_EXE},0"
  WriteRegStr HKLM "Software\Classes\${WD_PROGID}\shell\open\command" "" "$\"${WD_GUI_EXE}$\" $\"%1$\""

  WriteRegStr HKLM "Software\Classes\${WD_URL_SCHEME}" "" "URL:WarrantyDesk ticket link"
  WriteRegStr HKLM "Software\Classes\${WD_URL_SCHEME}" "URL Protocol" ""
  WriteRegStr HKLM "Software\Classes\${WD_URL_SCHEME}\DefaultIcon" "" "${WD_GUI_EXE},0"
  WriteRegStr HKLM "Software\Classes\${WD_URL_SCHEME}\shell\open\command" "" "$\"${WD_GUI_EXE}$\" $\"%1$\""

  WriteRegStr HKLM "Software\Classes\Applications\warrantydesk.exe" "FriendlyAppName" "WarrantyDesk"
  WriteRegStr HKLM "Software\Classes\Applications\warrantydesk.exe\SupportedTypes" ".wdcase" ""
  ; SHCNE_ASSOCCHANGED: Explorer picks up the new icon and handler without a sign-out.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!macro WD_UnregisterAssociations
  ; .wdcase itself only while it still points at us: another program may have taken it over.
  ReadRegStr $0 HKLM "Software\Classes\.wdcase" ""
  ${If} $0 == "${WD_PROGID}"
    DeleteRegKey HKLM "Software\Classes\.wdcase"
  ${Else}
    DeleteRegValue HKLM "Software\Classes\.wdcase\OpenWithProgids" "${WD_PROGID}"
  ${EndIf}
  DeleteRegKey HKLM "Software\Classes\${WD_PROGID}"
  DeleteRegKey HKLM "Software\Classes\${WD_URL_SCHEME}"
  DeleteRegKey HKLM "Software\Classes\Applications\warrantydesk.exe"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

;--------------------------------
; User data: kept unless the box on the uninstaller's page is ticked, or /PURGE is on the command
; line (for silent removal by IT: Uninstall.exe /S /PURGE).

Var WD_Purge
Var WD_PurgeBox

!macro WD_ReadPurgeSwitch
  StrCpy $WD_Purge ${BST_UNCHECKED}
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PURGE" $R1
  ${IfNot} ${Errors}
    StrCpy $WD_Purge ${BST_CHECKED}
  ${EndIf}
!macroend

!macro WD_RemoveUserDataIfAsked
  ${If} $WD_Purge == ${BST_CHECKED}
    ; The uninstalling user's own folders and settings (other users' profiles are not touched).
    SetShellVarContext current
    RMDir /r "$LOCALAPPDATA\${WD_USER_DIR}"
    RMDir /r "$APPDATA\${WD_USER_DIR}"
    DeleteRegKey HKCU "Software\${WD_USER_DIR}"
    SetShellVarContext all
  ${EndIf}
!macroend

Function un.WD_UserDataPage
  !insertmacro MUI_HEADER_TEXT "$(WD_UserDataTitle)" "$(WD_UserDataSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 40u "$(WD_UserDataText)"
  Pop $0
  ${NSD_CreateCheckbox} 0 48u 100% 12u "$(WD_UserDataCheckbox)"
  Pop $WD_PurgeBox
  ${NSD_SetState} $WD_PurgeBox $WD_Purge
  nsDialogs::Show
FunctionEnd

Function un.WD_UserDataPageLeave
  ${NSD_GetState} $WD_PurgeBox $WD_Purge
FunctionEnd
