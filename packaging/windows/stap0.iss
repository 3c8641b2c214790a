; Inno Setup script for Stap 0 on Windows: a per-user install (no administrator rights),
; a Start-menu entry, and an uninstaller that removes the program — never the user's data
; folder (%APPDATA%\Stap 0), which a reinstall or upgrade also leaves alone.
;
; Build on Windows, after `python packaging\build.py --no-installers` made build\dist\stap0:
;   iscc /DAppVersion=0.1.0 packaging\windows\stap0.iss
; (see packaging\README.md)

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6E0B5F57-3C1D-4C55-9B8F-5A7A0B9C0D12}
AppName=Stap 0
AppVersion={#AppVersion}
AppPublisher=Stap 0
DefaultDirName={localappdata}\Programs\Stap 0
DefaultGroupName=Stap 0
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\build\dist
OutputBaseFilename=stap0-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\icons\stap0.ico
UninstallDisplayIcon={app}\stap0.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\build\dist\stap0\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Stap 0"; Filename: "{app}\stap0.exe"; Comment: "Stap 0"
Name: "{userdesktop}\Stap 0"; Filename: "{app}\stap0.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\stap0.exe"; Description: "{cm:LaunchProgram,Stap 0}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself wrote next to it; %APPDATA%\Stap 0 (the vault) stays.
Type: filesandordirs; Name: "{app}\_internal"
