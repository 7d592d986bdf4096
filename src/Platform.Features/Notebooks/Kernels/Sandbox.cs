using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace Platform.Features.Notebooks.Kernels;

/// <summary>
/// The bubblewrap sandbox every piece of notebook Python runs in: new user, PID, network (loopback only), IPC and UTS
/// namespaces, no capabilities, a read-only system, a private <c>/tmp</c>, the session's own writable <c>/scratch</c>,
/// its datasets read-only at <c>/data</c>, the host script at <c>/opt/platform</c>, and nothing else of the machine;
/// limits on address space, CPU time, processes and file size. As root, each sandbox runs as a user id of its own
/// (<see cref="NotebookOptions.SandboxFirstUid"/>).
/// </summary>
public sealed partial class Sandbox
{
    public const string HostScript = "kernel_host.py";
    private readonly NotebookOptions _options;
    private readonly bool _asRoot;
    private int _lastUid = -1;

    public Sandbox(IOptions<NotebookOptions> options)
    {
        _options = options.Value;
        WorkFolder = Path.GetFullPath(_options.WorkFolder ?? Path.Combine(Path.GetTempPath(), "platform-kernels", Guid.NewGuid().ToString("N")));
        _asRoot = geteuid() == 0;
        RuntimeFolder = Path.Combine(WorkFolder, "runtime");
    }

    /// <summary>Holds each session's folder and the host script; traversable (not listable) by the sandbox's user.</summary>
    public string WorkFolder { get; }

    private string RuntimeFolder { get; }

    /// <summary>Makes a session's folders: <c>scratch</c> (the sandbox user's own) and <c>data</c> (filled by the caller, read-only inside).</summary>
    public SessionFolder CreateSessionFolder(Guid sessionId)
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException(LinuxOnly);
        EnsureRuntime();
        int? uid = _asRoot ? _options.SandboxFirstUid + (int)((uint)Interlocked.Increment(ref _lastUid) % (uint)_options.SandboxUids) : null;
        var root = Path.Combine(WorkFolder, sessionId.ToString("N"));
        Directory.CreateDirectory(root, Traversable);
        var scratch = Directory.CreateDirectory(Path.Combine(root, "scratch"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute).FullName;
        var data = Directory.CreateDirectory(Path.Combine(root, "data"), Readable).FullName;
        // Made now, so the kernel's import path holds it from the start and installed packages are found at once.
        var packages = Directory.CreateDirectory(Path.Combine(scratch, ".packages"), Readable).FullName;
        if (uid is { } id)
            foreach (var path in new[] { scratch, packages })
                if (chown(path, id, id) != 0)
                    throw new IOException($"Could not give {path} to the sandbox's user (errno {Marshal.GetLastPInvokeError()}).");
        return new SessionFolder(root, scratch, data, uid);
    }

    private const string LinuxOnly = "Notebooks run on Linux only (bubblewrap namespaces).";
    public const UnixFileMode Traversable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
    public const UnixFileMode Readable = Traversable | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    public const UnixFileMode ReadableFile = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private void EnsureRuntime()
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException(LinuxOnly);
        var script = Path.Combine(RuntimeFolder, HostScript);
        if (File.Exists(script)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(WorkFolder)!, Traversable);
        Directory.CreateDirectory(WorkFolder, Traversable);
        Directory.CreateDirectory(RuntimeFolder, Readable);
        using (var resource = typeof(Sandbox).Assembly.GetManifestResourceStream(typeof(Sandbox).Namespace + "." + HostScript)!)
        using (var file = File.Create(script + ".new"))
            resource.CopyTo(file);
        File.SetUnixFileMode(script + ".new", ReadableFile);
        File.Move(script + ".new", script, overwrite: true);
    }

    /// <summary>The host script in the sandbox: a kernel (or, with <paramref name="toolsOnly"/>, Jedi alone) speaking JSON lines on stdin/stdout.</summary>
    public ProcessStartInfo HostProcess(SessionFolder folder, bool toolsOnly)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8, WorkingDirectory = folder.Root,
        };
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/bin:/bin";
        var args = start.ArgumentList;
        if (folder.Uid is { } uid)
        {
            start.FileName = "/usr/bin/setpriv";
            foreach (var a in new[] { $"--reuid={uid}", $"--regid={uid}", "--clear-groups", "--", "/usr/bin/prlimit" }) args.Add(a);
        }
        else start.FileName = "/usr/bin/prlimit";
        // Without a user id of its own, the sandbox shares the service's: the limit leaves room for the tasks already there.
        var processes = folder.Uid is null ? ProcessesOf(geteuid()) + _options.Processes : _options.Processes;
        foreach (var a in new[]
                 {
                     $"--as={_options.MemoryBytes}", $"--cpu={_options.CpuSeconds}", $"--nproc={processes}", $"--fsize={_options.FileBytes}",
                     "--nofile=1024", "--core=0", "--", _options.Bubblewrap,
                     "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--clearenv", "--hostname", "notebook",
                     "--uid", "1000", "--gid", "1000",
                     "--ro-bind", "/usr", "/usr", "--proc", "/proc", "--dev", "/dev", "--size", _options.TmpBytes.ToString(), "--tmpfs", "/tmp",
                 }) args.Add(a);
        foreach (var top in new[] { "bin", "sbin", "lib", "lib32", "lib64", "libx32" })
        {
            var path = "/" + top;
            if (new FileInfo(path).LinkTarget is { } target) Add(args, "--symlink", target, path);
            else if (Directory.Exists(path)) Add(args, "--ro-bind", path, path);
        }
        // Only what Python and its libraries read from /etc: no passwd, no hosts, no secrets.
        foreach (var etc in new[] { "/etc/alternatives", "/etc/matplotlibrc", "/etc/fonts", "/etc/localtime", "/etc/mime.types" })
            if (Path.Exists(etc)) Add(args, "--ro-bind", etc, etc);
        Add(args, "--bind", folder.Scratch, "/scratch");
        Add(args, "--ro-bind", folder.Data, "/data");
        Add(args, "--ro-bind", RuntimeFolder, "/opt/platform");
        Add(args, "--chdir", "/scratch");
        foreach (var (name, value) in new[]
                 {
                     ("HOME", "/scratch"), ("PATH", "/usr/bin:/bin"), ("LANG", "C.UTF-8"), ("PYTHONPATH", "/opt/platform"),
                     ("JUPYTER_RUNTIME_DIR", "/tmp/jupyter/runtime"), ("JUPYTER_DATA_DIR", "/tmp/jupyter/data"), ("IPYTHONDIR", "/tmp/ipython"),
                     ("MPLCONFIGDIR", "/tmp/matplotlib"), ("PYDEVD_DISABLE_FILE_VALIDATION", "1"), ("OPENBLAS_NUM_THREADS", "1"),
                     ("OMP_NUM_THREADS", "1"), ("PLATFORM_OUTPUT_CAP", _options.OutputBytes.ToString()),
                 }) Add(args, "--setenv", name, value);
        args.Add(_options.Python);
        args.Add("/opt/platform/" + HostScript);
        if (toolsOnly) args.Add("--tools");
        return start;
    }

    /// <summary>What is missing for notebooks to run here, or nothing.</summary>
    public IReadOnlyList<string> Missing()
    {
        var missing = new List<string>();
        if (!OperatingSystem.IsLinux()) missing.Add(LinuxOnly);
        if (!File.Exists(_options.Bubblewrap)) missing.Add($"bubblewrap is not at {_options.Bubblewrap} (apt-get install bubblewrap).");
        if (!File.Exists(_options.Python)) missing.Add($"Python is not at {_options.Python} (apt-get install python3-ipykernel).");
        if (!File.Exists("/usr/bin/prlimit") || (_asRoot && !File.Exists("/usr/bin/setpriv"))) missing.Add("prlimit or setpriv is missing (apt-get install util-linux).");
        return missing;
    }

    public void DeleteSessionFolder(SessionFolder folder)
    {
        try
        {
            Directory.Delete(folder.Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file the sandbox's user made read-only for itself: the next start of the service clears the work folder.
        }
    }

    private static void Add(IList<string> args, params string[] values)
    {
        foreach (var v in values) args.Add(v);
    }

    /// <summary>The tasks a user already has: the process limit counts them all, so a non-root service leaves room for its own threads.</summary>
    private static int ProcessesOf(uint uid)
    {
        var count = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var status = File.ReadAllLines(Path.Combine(dir, "status"));
                if (status.FirstOrDefault(l => l.StartsWith("Uid:"))?.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1] != uid.ToString()) continue;
                count += int.Parse(status.First(l => l.StartsWith("Threads:"))["Threads:".Length..].Trim());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException)
            {
            }
        }
        return count;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial uint geteuid();

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int chown(string path, int owner, int group);
}

/// <param name="Root">The session's folder, deleted when it ends.</param>
/// <param name="Scratch">Mounted writable at <c>/scratch</c>; its <c>.packages</c> is on the kernel's import path.</param>
/// <param name="Data">The session's datasets as CSV with a description beside each, mounted read-only at <c>/data</c>.</param>
/// <param name="Uid">The user id the sandbox runs as outside its namespace, when the service runs as root.</param>
public sealed record SessionFolder(string Root, string Scratch, string Data, int? Uid);
