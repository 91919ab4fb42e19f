; Tally's Windows installer (NSIS 3). scripts/package runs:
;   makensis -DVERSION=x.y.z -DSTAGE=<folder with tally.exe …> -DOUTFILE=<setup.exe> installer.nsi
; Installs for the current user only (no administrator rights): the program, a Start menu
; shortcut and an uninstaller listed in Settings > Apps.

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "VERSION is not defined (makensis -DVERSION=…)"
!endif
!ifndef STAGE
  !error "STAGE is not defined (makensis -DSTAGE=…)"
!endif
!ifndef OUTFILE
  !define OUTFILE "tally-${VERSION}-windows-x86_64-setup.exe"
!endif

!define APP_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\org.tallydesk.Tally"

Name "Tally ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Tally"
InstallDirRegKey HKCU "Software\Tally" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma

!define MUI_ICON "${STAGE}\tally.ico"
!define MUI_UNICON "${STAGE}\tally.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\tally.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Start Tally"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}\LICENSE-MIT.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Spanish"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "Tally"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "Tally installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "MIT OR Apache-2.0"

Section "Tally"
  SetOutPath "$INSTDIR"
  File "${STAGE}\tally.exe"
  File "${STAGE}\tally.ico"
  File "${STAGE}\README.txt"
  File "${STAGE}\LICENSE-MIT.txt"
  File "${STAGE}\LICENSE-APACHE.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\Tally.lnk" "$INSTDIR\tally.exe" "" "$INSTDIR\tally.ico"
  WriteRegStr HKCU "Software\Tally" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${APP_KEY}" "DisplayName" "Tally"
  WriteRegStr HKCU "${APP_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${APP_KEY}" "Publisher" "The Tally developers"
  WriteRegStr HKCU "${APP_KEY}" "DisplayIcon" "$INSTDIR\tally.ico"
  WriteRegStr HKCU "${APP_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${APP_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${APP_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${APP_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\Tally.lnk"
  Delete "$INSTDIR\tally.exe"
  Delete "$INSTDIR\tally.ico"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\LICENSE-MIT.txt"
  Delete "$INSTDIR\LICENSE-APACHE.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${APP_KEY}"
  DeleteRegKey HKCU "Software\Tally"
SectionEnd
