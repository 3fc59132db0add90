# Builds the Windows installer of Madang (Madang-VERSION.msi) on a Windows machine with JDK 17 and
# the WiX Toolset 3 on the PATH (jpackage needs candle.exe and light.exe). The same runtime as the
# Debian package: jlink cuts it to the modules Madang uses; jpackage wraps it with launchers for the
# kiosk (the main one), the counter, the display board and practice, each in the Start menu.
# Not run by CI (which builds the .deb on Linux). Usage, from the project folder after
# `mvnw.cmd -DskipTests install`:
#   powershell -ExecutionPolicy Bypass -File tools\package-msi.ps1 [-Jar app\target\madang.jar] [-Out app\target\package]
param(
    [string]$Jar = "app\target\madang.jar",
    [string]$Out = "app\target\package"
)
$ErrorActionPreference = "Stop"

$work = Join-Path $Out "work-msi"
if (Test-Path $work) { Remove-Item -Recurse -Force $work }
New-Item -ItemType Directory -Force (Join-Path $work "input") | Out-Null
Copy-Item $Jar (Join-Path $work "input\madang.jar")
$version = ((& java -jar $Jar --version) -split " ")[1]

Write-Host "madang package: finding the Java modules Madang uses (jdeps) ..."
$modules = (& jdeps --ignore-missing-deps --print-module-deps --multi-release 17 $Jar).Trim()
# as for the .deb: locale data for Korean dates, EUC-KR/CP949, TLS with EC keys, Unsafe, zip file systems
$modules = "$modules,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.unsupported,jdk.zipfs"
& jlink --add-modules $modules --strip-debug --no-man-pages --no-header-files --compress=2 --output (Join-Path $work "runtime")
if ($LASTEXITCODE -ne 0) { throw "jlink failed" }

# the other launchers: the same program with their sub-command
foreach ($name in @("counter", "display", "practice")) {
    Set-Content -Encoding ASCII (Join-Path $work "$name.properties") @("arguments=$name", "win-console=false", "win-menu=true", "win-shortcut=false")
}

& jpackage --type msi --name Madang --app-version $version --vendor "Madang" `
    --input (Join-Path $work "input") --main-jar madang.jar --main-class org.madang.app.Main `
    --runtime-image (Join-Path $work "runtime") --arguments kiosk `
    --add-launcher ("counter=" + (Join-Path $work "counter.properties")) `
    --add-launcher ("display=" + (Join-Path $work "display.properties")) `
    --add-launcher ("practice=" + (Join-Path $work "practice.properties")) `
    --win-menu --win-menu-group Madang --win-shortcut --win-dir-chooser --win-upgrade-uuid "6f1d1c0e-3b8a-4c52-9a43-6d2a3f0b7e11" `
    --dest $Out
if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
Remove-Item -Recurse -Force $work
Write-Host "madang package: $Out\Madang-$version.msi"
