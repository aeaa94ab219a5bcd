@echo off
rem plandoc for Windows, from cmd.exe or PowerShell: plandoc build | plandoc serve | plandoc new ... | plandoc --help
rem The same commands and arguments as the shell launcher "plandoc" beside it (huong-dan.md, section 1: docs/ in the sources).
rem Java 17 or newer: PLANDOC_JAVA (a java.exe to run) when set, else %JAVA_HOME%\bin\java.exe, else the java on
rem the PATH; the first of these that is Java 17+ runs plandoc. No class-data (AOT/CDS) archive of plandoc's own,
rem unlike the shell launcher: the JDK's default one is used.
rem This file has CRLF line ends and no Vietnamese text before "chcp 65001": cmd reads each line in the console's
rem code page. Paths are always quoted (a ")" in "Program Files (x86)" would end a parenthesised block).
setlocal EnableExtensions DisableDelayedExpansion

rem UTF-8 in the console while plandoc runs, so that Vietnamese prints as it is (plandoc writes UTF-8); the
rem code page the console had is set back at the end. No console (output to a pipe or file): chcp fails, harmless.
rem Ctrl+C (to stop serve) makes cmd ask "Terminate batch job (Y/N)?": Y ends this batch before :end and leaves
rem the console at 65001; no cmd means around it ("start /b" would have java ignore Ctrl+C), so DOC-TRUOC.txt and
rem docs/huong-dan.md say to answer N.
set "PLANDOC_CP="
for /f "tokens=2 delims=:." %%C in ('chcp 2^>nul') do set /a "PLANDOC_CP=%%C" >nul 2>&1
chcp 65001 >nul 2>&1

rem The folder of this script by its 8.3 short name where the disk has them (all ASCII): the java launcher reads
rem its command line in the Windows "ANSI" code page, which cannot hold every Vietnamese letter, so a jar under
rem "C:\Users\Nguyễn Văn A\" named by its long path would not be found (inside Java, file names are whole).
for %%I in ("%~dp0.") do set "PLANDOC_HOME=%%~sI"
rem Where the disk makes no short names (8.3 names disabled, often on D: or by policy) %%~sI is the long path: a
rem letter outside ASCII left in it would reach java as "?" and java would fail to open the jar with its own
rem message. Told here instead (exit 2). The check: a token left once every ASCII character a Windows path may
rem hold is a delimiter (no process started). A Latin-1 letter on a Western Windows would have passed java;
rem plandoc's folders are Vietnamese, whose letters no ANSI code page holds whole.
set "PLANDOC_LETTER="
for /f "delims=abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\:.-_~!#$%%&'()+,;=@[]^{}` " %%L in ("%PLANDOC_HOME%") do set "PLANDOC_LETTER=%%L"
if defined PLANDOC_LETTER goto :not_ascii

set "JAVA_EXE="
set "OLD_JAVA="
set "OLD_VERSION="
set "CANDIDATE="
if not defined PLANDOC_JAVA goto :java_home
set "CANDIDATE=%PLANDOC_JAVA%"
call :try
goto :chosen
:java_home
if not defined JAVA_HOME goto :java_path
for %%E in (%PATHEXT%) do if not defined CANDIDATE if exist "%JAVA_HOME%\bin\java%%E" set "CANDIDATE=%JAVA_HOME%\bin\java%%E"
if defined CANDIDATE call :try
if defined JAVA_EXE goto :chosen
:java_path
rem The java that typing "java" would run: java.exe on the PATH, or a java.cmd or java.bat shim of a Java manager.
set "CANDIDATE="
for %%J in (java.exe java.cmd java.bat) do if not defined CANDIDATE set "CANDIDATE=%%~$PATH:J"
if defined CANDIDATE call :try
:chosen
if defined JAVA_EXE goto :run
>&2 echo.
rem As the shell launcher: PLANDOC_JAVA, when set, is the java to run, with no search past it (an officer who
rem set it wants that one); the message names it.
if defined PLANDOC_JAVA goto :bad_plandoc_java
if defined OLD_JAVA goto :too_old
>&2 echo lỗi: không tìm thấy Java trên máy này. plandoc cần Java 17 trở lên.
goto :how_to_fix
:too_old
>&2 echo lỗi: Java "%OLD_JAVA%" là phiên bản %OLD_VERSION%, đã cũ: plandoc cần Java 17 trở lên.
:how_to_fix
>&2 echo Cách sửa: cài Java 17 trở lên, ví dụ Eclipse Temurin 21 (tệp .msi cho Windows x64, tải tại
>&2 echo https://adoptium.net); khi cài, chọn "Set JAVA_HOME variable". Rồi mở cửa sổ lệnh mới và chạy lại.
>&2 echo Đã cài Java 17 trở lên mà vẫn báo lỗi này: đặt biến môi trường JAVA_HOME là thư mục cài Java đó
>&2 echo (thư mục chứa bin\java.exe), rồi mở cửa sổ lệnh mới.
set "PLANDOC_RC=2"
goto :end
:bad_plandoc_java
if defined OLD_JAVA goto :plandoc_java_old
>&2 echo lỗi: biến môi trường PLANDOC_JAVA là "%PLANDOC_JAVA%", nhưng không có tệp này.
goto :plandoc_java_fix
:plandoc_java_old
>&2 echo lỗi: biến môi trường PLANDOC_JAVA chỉ tới Java "%OLD_JAVA%", phiên bản %OLD_VERSION%, đã cũ: plandoc cần Java 17 trở lên.
:plandoc_java_fix
>&2 echo Cách sửa: đặt PLANDOC_JAVA là đường dẫn đầy đủ tới java.exe của Java 17 trở lên (thư mục cài Java\bin\java.exe),
>&2 echo hoặc bỏ biến này (cmd: set PLANDOC_JAVA= ; PowerShell: Remove-Item Env:PLANDOC_JAVA) để plandoc tìm Java
>&2 echo theo JAVA_HOME rồi theo Path.
set "PLANDOC_RC=2"
goto :end
:not_ascii
>&2 echo.
>&2 echo lỗi: thư mục của plandoc "%~dp0" có chữ có dấu (hoặc ký tự ngoài bảng ASCII), và ổ đĩa này
>&2 echo không có tên ngắn (8.3) thay cho nó: Java không mở được plandoc.jar ở đường dẫn như vậy.
>&2 echo Cách sửa: giải nén lại tệp zip (hoặc chép cả thư mục plandoc) vào một thư mục tên không dấu, ví dụ
>&2 echo C:\plandoc-0.1.0, rồi chạy lại từ đó. Thư mục làm việc và các tệp kế hoạch thì vẫn đặt tên có dấu được.
set "PLANDOC_RC=2"
goto :end

:run
rem The shell launcher's flags where they apply (its comments say why): SerialGC for a short-lived program;
rem for one-shot commands C1 only, native reflection accessors and a 32 MB young generation; serve keeps
rem the JVM's defaults. UTF-8 for files (Java 17 on Windows would take the ANSI code page: output must not
rem depend on the machine) and for standard output and error (JDK 17: sun.std*, JDK 19+: std*.encoding).
set "PLANDOC_ONESHOT=-XX:TieredStopAtLevel=1 -Djdk.reflect.useNativeAccessorOnly=true -Xmn32m"
set "PLANDOC_COMMAND="
call :command %*
if /i "%PLANDOC_COMMAND%"=="serve" set "PLANDOC_ONESHOT="
rem The hints plandoc prints ("then run plandoc serve") name the command as an officer types it here.
set "PLANDOC_LAUNCHER=plandoc"
rem The arguments as typed, Vietnamese letters whole (plandoc.cli.WindowsArguments): the java launcher reads its
rem command line in the ANSI code page. Unquoted, so that what the user quoted stays quoted.
set PLANDOC_ARGS=%*
"%JAVA_EXE%" -XX:+UseSerialGC %PLANDOC_ONESHOT% -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar "%PLANDOC_HOME%\plandoc.jar" %*
set "PLANDOC_RC=%ERRORLEVEL%"
:end
if defined PLANDOC_CP chcp %PLANDOC_CP% >nul 2>&1
endlocal & exit /b %PLANDOC_RC%

:try
rem CANDIDATE is a java to try: JAVA_EXE when it is Java 17 or newer, else OLD_JAVA and OLD_VERSION say what it
rem was. Its version from the JDK's release file (no JVM to start), else from "java -version" (through "call":
rem cmd /c keeps a quoted path whole after it, "Program Files (x86)" included). No "if ... for" on one line:
rem Wine's cmd, which the tests run this file with, skips those.
if not exist "%CANDIDATE%" goto :eof
set "VERSION="
for %%D in ("%CANDIDATE%") do set "RELEASE=%%~dpD..\release"
if not exist "%RELEASE%" goto :try_run
for /f "usebackq tokens=1,* delims==" %%A in ("%RELEASE%") do if "%%A"=="JAVA_VERSION" set "VERSION=%%~B"
:try_run
if defined VERSION goto :try_major
for /f "tokens=1-3" %%A in ('call "%CANDIDATE%" -version 2^>^&1') do if /i "%%B"=="version" if not defined VERSION set "VERSION=%%~C"
:try_major
rem "17.0.2", "21", "25-ea"; "1.8.0_391" for Java 8.
set "MAJOR=0"
set "MINOR=0"
if not defined VERSION goto :try_old
for /f "tokens=1 delims=._+-" %%M in ("%VERSION%") do set "MAJOR=%%M"
for /f "tokens=2 delims=._+-" %%M in ("%VERSION%") do set "MINOR=%%M"
if "%MAJOR%"=="1" set "MAJOR=%MINOR%"
rem A number only when the whole token is one ("17", not "17ea").
set "MAJOR_N=0"
set /a "MAJOR_N=0+%MAJOR%" >nul 2>&1
if not "%MAJOR_N%"=="%MAJOR%" goto :try_old
if %MAJOR_N% LSS 17 goto :try_old
set "JAVA_EXE=%CANDIDATE%"
goto :eof
:try_old
if defined OLD_JAVA goto :eof
set "OLD_JAVA=%CANDIDATE%"
set "OLD_VERSION=%VERSION%"
if not defined OLD_VERSION set "OLD_VERSION=?"
goto :eof

:command
rem PLANDOC_COMMAND: the first argument that is not an option, as plandoc reads it: options may come before the
rem command ("--lang en serve", "--lang=en serve"), and --lang is the only one of them that takes a value. The
rem shell launcher "plandoc" finds it the same way.
set "PLANDOC_WORD=%~1"
if not defined PLANDOC_WORD goto :eof
if /i "%PLANDOC_WORD%"=="--lang" shift
if "%PLANDOC_WORD:~0,1%"=="-" goto :command_next
set "PLANDOC_COMMAND=%PLANDOC_WORD%"
goto :eof
:command_next
shift
goto :command
