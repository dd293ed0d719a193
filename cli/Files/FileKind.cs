using System;
using System.IO;
using System.Runtime.InteropServices;

namespace EmpathyLint.Cli.Files;

/// <summary>
/// What a path is on disk, following symbolic links: only regular files are read. A FIFO named <c>x.html</c>
/// would block the scan forever on open, and a link to <c>/dev/zero</c> would read without end; both are
/// reported instead. .NET has no public file-type API, so on Unix this asks the runtime's own native layer
/// (libSystem.Native, shipped with every .NET runtime) for the stat mode, as FileSystemInfo does internally.
/// </summary>
public static partial class FileKind
{
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>Null for a regular file (or when the kind cannot be told), else why the path is not read.</summary>
    public static string? NotRegular(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD()) return null;
        var mode = StatMode(path);
        if (mode is null) return null;
        return (mode.Value & TypeMask) switch
        {
            Regular => null,
            Fifo => "it is a named pipe (FIFO), not a file; reading it would wait for a writer forever",
            CharacterDevice or BlockDevice => "it is a device, not a file",
            Socket => "it is a socket, not a file",
            Directory => "it is a folder, not a file",
            _ => "it is not a regular file",
        };
    }

    private static int? StatMode(string path)
    {
        // FileStatus in the runtime's pal_io.h: int32 Flags, int32 Mode, then fields we do not read; the buffer
        // is larger than the struct on every runtime so far.
        var buffer = Marshal.AllocHGlobal(512);
        try
        {
            return Stat(path, buffer) == 0 ? Marshal.ReadInt32(buffer, 4) : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        finally
        {
            Marshal.FreeHGlobal(buffer);
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Stat(string path, IntPtr output);
}
