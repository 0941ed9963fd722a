# The Windows installer on a real Windows (the hosted CI's Windows job):
#
#   pwsh installer/smoke_test.ps1 -Setup build/yansenne-setup.exe
#
# Installs silently for the current user (no administrator), checks the files, the
# Start menu shortcut, the file associations and the Add/Remove Programs entry, runs
# the installed `yansenne.exe --version`, installs again over it (an update), then
# uninstalls silently and checks that the program, shortcut and keys are gone and that
# a file in the user's data folder is still there. Exit status 1 on the first failure.
param([Parameter(Mandatory = $true)] [string] $Setup)

$ErrorActionPreference = 'Stop'
$dir = Join-Path $env:LOCALAPPDATA 'Programs\Yansenne'
$data = Join-Path $env:LOCALAPPDATA 'safe.brussels\Yansenne'  # yansenne/paths.py
$classes = 'HKCU:\Software\Classes'
$uninstallKey = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\Yansenne'
$shortcut = Join-Path ([Environment]::GetFolderPath('Programs')) 'Yansenne.lnk'
$desk = Join-Path $dir 'yansenne-desk.exe'

function Fail([string] $message) {
    Write-Output "FAIL $message"
    exit 1
}

function Default-Value([string] $key) {
    if (-not (Test-Path $key)) { return $null }
    return (Get-Item $key).GetValue('')
}

function Run-Setup {
    $process = Start-Process -FilePath $Setup -ArgumentList '/S' -Wait -PassThru
    if ($process.ExitCode -ne 0) { Fail "setup exit code $($process.ExitCode)" }
}

New-Item -ItemType Directory -Force -Path $data | Out-Null
$kept = Join-Path $data 'smoke-test-keep.txt'
Set-Content -Path $kept -Value 'the uninstaller leaves the data folder alone'

Run-Setup
foreach ($name in 'yansenne.exe', 'yansenne-desk.exe', 'uninstall.exe', '_internal') {
    if (-not (Test-Path (Join-Path $dir $name))) { Fail "not installed: $dir\$name" }
}
$version = & (Join-Path $dir 'yansenne.exe') --version
if ($LASTEXITCODE -ne 0) { Fail 'the installed yansenne.exe --version failed' }
Write-Output "ok   installed $version in $dir"
if (-not (Test-Path $shortcut)) { Fail "no Start menu shortcut $shortcut" }
$expected = "`"$desk`" `"%1`""
foreach ($pair in @(@('.yansenne', 'Yansenne.Package'), @('.ballot', 'Yansenne.Ballot'))) {
    $extension, $progid = $pair
    $found = Default-Value "$classes\$extension"
    if ($found -ne $progid) { Fail "$extension is associated with '$found', not $progid" }
    $command = Default-Value "$classes\$progid\shell\open\command"
    if ($command -ne $expected) { Fail "$progid opens with '$command', not '$expected'" }
}
Write-Output 'ok   shortcut and associations (.yansenne, .ballot)'
$entry = Get-ItemProperty $uninstallKey
if ($entry.DisplayName -ne 'Yansenne' -or -not $entry.UninstallString) {
    Fail 'no Add/Remove Programs entry'
}
Write-Output "ok   Add/Remove Programs: $($entry.DisplayName) $($entry.DisplayVersion)"

Run-Setup  # an update over the installed program
Write-Output 'ok   installed again over it'

# `_?=` runs the uninstaller in place, so Start-Process waits for it (it cannot then
# delete itself: removed below).
$process = Start-Process -FilePath (Join-Path $dir 'uninstall.exe') `
    -ArgumentList '/S', "_?=$dir" -Wait -PassThru
if ($process.ExitCode -ne 0) { Fail "uninstaller exit code $($process.ExitCode)" }
foreach ($name in 'yansenne.exe', 'yansenne-desk.exe', '_internal') {
    if (Test-Path (Join-Path $dir $name)) { Fail "left after uninstalling: $dir\$name" }
}
if (Test-Path $shortcut) { Fail "shortcut left: $shortcut" }
foreach ($key in "$classes\Yansenne.Package", "$classes\Yansenne.Ballot", $uninstallKey,
                 'HKCU:\Software\Yansenne') {
    if (Test-Path $key) { Fail "registry key left: $key" }
}
foreach ($extension in '.yansenne', '.ballot') {
    if ((Default-Value "$classes\$extension") -like 'Yansenne.*') { Fail "$extension still ours" }
}
if (-not (Test-Path $kept)) { Fail "the uninstaller removed the user's data: $kept" }
Write-Output 'ok   uninstalled; the data folder is untouched'

Remove-Item -Force (Join-Path $dir 'uninstall.exe')
Remove-Item -Force $dir
Remove-Item -Force $kept
exit 0
