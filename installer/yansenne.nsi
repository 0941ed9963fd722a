; Yansenne for Windows: a per-user installer (NSIS 3, Unicode) of the PyInstaller folder.
;
;   makensis /DBUNDLE_DIR=C:\...\build\dist\yansenne /DVERSION=0.1.0 ^
;            /DOUTFILE=C:\...\build\yansenne-setup-0.1.0.exe installer\yansenne.nsi
;
; tools/build_installer.py runs this (on Linux too, over a stand-in folder).
;
; - Per user, no administrator: RequestExecutionLevel user, files under
;   %LOCALAPPDATA%\Programs\Yansenne, every registry key under HKCU (never HKLM).
; - A Start menu shortcut to yansenne-desk.exe (the window without a console).
; - .yansenne (a juror's package) and .ballot (a signed ballot) open with
;   `"yansenne-desk.exe" "%1"`: the same entry point as `yansenne FILE`, which is what
;   a double-click runs (/work/shared/spec/cli.md).
; - Settings ▸ Apps (Add/Remove Programs) lists it, under HKCU.
; - Silent install for IT: `yansenne-setup-X.exe /S` (and `/D=C:\path` as the LAST
;   argument for another folder). Updating is running the newer installer: it replaces
;   the program files and keeps everything else. While Yansenne runs, installing and
;   uninstalling stop before changing anything (Retry/Cancel; silently: exit status 2).
; - The uninstaller removes the program files it installed, the shortcut, the
;   associations and its own registry keys, and NEVER the user's data
;   (%LOCALAPPDATA%\safe.brussels\Yansenne: the databases, packages and backups, from
;   yansenne/paths.py through platformdirs) nor the settings
;   (%APPDATA%\safe.brussels\Yansenne*.ini).

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
; Four numbers for the version resource of the setup program (tools/build_installer.py).
!ifndef VERSION_QUAD
  !define VERSION_QUAD "0.0.0.0"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\build\dist\yansenne"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\build\yansenne-setup-${VERSION}.exe"
!endif
!ifndef ICON
  !define ICON "..\resources\icons\yansenne.ico"
!endif

!define APP "Yansenne"
!define PUBLISHER "Brussels-Capital Region (safe.brussels)"
!define DESK "yansenne-desk.exe"
!define CLI "yansenne.exe"
!define UNINSTALLER "uninstall.exe"
; The installer's own keys (HKCU only).
!define INSTALL_KEY "Software\Yansenne"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Yansenne"
!define CLASSES "Software\Classes"
!define PACKAGE_PROGID "Yansenne.Package"
!define BALLOT_PROGID "Yansenne.Ballot"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

Name "${APP}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\Yansenne"
InstallDirRegKey HKCU "${INSTALL_KEY}" "InstallDir"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} setup"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "EUPL-1.2"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT "HKCU"
!define MUI_LANGDLL_REGISTRY_KEY "${INSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${DESK}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString PackageType ${LANG_FRENCH} "Dossier de juré Yansenne"
LangString PackageType ${LANG_DUTCH} "Jurypakket Yansenne"
LangString PackageType ${LANG_ENGLISH} "Yansenne juror package"
LangString BallotType ${LANG_FRENCH} "Bulletin Yansenne"
LangString BallotType ${LANG_DUTCH} "Stembiljet Yansenne"
LangString BallotType ${LANG_ENGLISH} "Yansenne ballot"
LangString CloseFirst ${LANG_FRENCH} "Yansenne est ouvert : fermez-le, puis cliquez sur Réessayer."
LangString CloseFirst ${LANG_DUTCH} "Yansenne is geopend: sluit het en klik dan op Opnieuw."
LangString CloseFirst ${LANG_ENGLISH} "Yansenne is running: close it, then click Retry."
LangString DataKept ${LANG_FRENCH} "Vos données (bases, dossiers de juré, sauvegardes) restent dans $LOCALAPPDATA\safe.brussels\Yansenne."
LangString DataKept ${LANG_DUTCH} "Uw gegevens (databanken, jurypakketten, back-ups) blijven in $LOCALAPPDATA\safe.brussels\Yansenne."
LangString DataKept ${LANG_ENGLISH} "Your data (databases, juror packages, backups) stays in $LOCALAPPDATA\safe.brussels\Yansenne."

; One file type: extension -> ProgID -> "yansenne-desk.exe" "%1", all under HKCU.
!macro Associate EXT PROGID DESCRIPTION
  WriteRegStr HKCU "${CLASSES}\${EXT}" "" "${PROGID}"
  WriteRegStr HKCU "${CLASSES}\${EXT}\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "${CLASSES}\${PROGID}" "" "${DESCRIPTION}"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\DefaultIcon" "" "$INSTDIR\${DESK},0"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\shell\open\command" "" '"$INSTDIR\${DESK}" "%1"'
!macroend

; Undoes Associate: the extension is left to whoever else claims it.
!macro Dissociate EXT PROGID
  DeleteRegValue HKCU "${CLASSES}\${EXT}\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "${CLASSES}\${EXT}\OpenWithProgids"
  ReadRegStr $0 HKCU "${CLASSES}\${EXT}" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue HKCU "${CLASSES}\${EXT}" ""
  ${EndIf}
  DeleteRegKey /ifempty HKCU "${CLASSES}\${EXT}"
  DeleteRegKey HKCU "${CLASSES}\${PROGID}"
!macroend

; Stops, without touching anything, while a program of the folder runs: a running
; program's file cannot be opened for writing (nothing is written here). Silent
; installs and uninstalls give up with exit status 2.
!macro RefuseWhileRunning UN
  Function ${UN}RefuseWhileRunning
    retry:
    StrCpy $1 ""
    ${ForEach} $2 0 1 + 1
      ${If} $2 == 0
        StrCpy $3 "$INSTDIR\${DESK}"
      ${Else}
        StrCpy $3 "$INSTDIR\${CLI}"
      ${EndIf}
      ${If} ${FileExists} "$3"
        ClearErrors
        FileOpen $0 "$3" a
        ${If} ${Errors}
          StrCpy $1 "running"
        ${Else}
          FileClose $0
        ${EndIf}
      ${EndIf}
    ${Next}
    ${If} $1 != ""
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(CloseFirst)" /SD IDCANCEL IDRETRY retry
      SetErrorLevel 2
      Quit
    ${EndIf}
  FunctionEnd
!macroend
!insertmacro RefuseWhileRunning ""
!insertmacro RefuseWhileRunning "un."

Function .onInit
  SetShellVarContext current
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetShellVarContext current
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Yansenne" SecMain
  SectionIn RO
  Call RefuseWhileRunning
  SetOutPath "$INSTDIR"
  ; An update: the previous version's libraries go first, so none is left behind
  ; beside the new ones. Only what an installer put here is removed.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${CLI}"
  Delete "$INSTDIR\${DESK}"
  File "${BUNDLE_DIR}\${CLI}"
  File "${BUNDLE_DIR}\${DESK}"
  File /r "${BUNDLE_DIR}\_internal"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${DESK}" "" "$INSTDIR\${DESK}" 0

  !insertmacro Associate ".yansenne" "${PACKAGE_PROGID}" "$(PackageType)"
  !insertmacro Associate ".ballot" "${BALLOT_PROGID}" "$(BallotType)"
  ; SHChangeNotify(SHCNE_ASSOCCHANGED): Explorer shows the new icons at once.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr HKCU "${INSTALL_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${INSTALL_KEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${DESK},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; Removes exactly what the installer wrote. The install folder itself goes only if
; empty (RMDir without /r): nothing the user put there is ever deleted, and the data
; folder (elsewhere) is never touched.
Section "Uninstall"
  Call un.RefuseWhileRunning
  Delete "$SMPROGRAMS\${APP}.lnk"

  !insertmacro Dissociate ".yansenne" "${PACKAGE_PROGID}"
  !insertmacro Dissociate ".ballot" "${BALLOT_PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${CLI}"
  Delete "$INSTDIR\${DESK}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${INSTALL_KEY}"
  DetailPrint "$(DataKept)"
SectionEnd
