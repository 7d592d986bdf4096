namespace Platform.Features.Notebooks;

/// <summary>Settings under <c>Platform:Notebooks</c>: where Python and bubblewrap are, and what one kernel may use.</summary>
public sealed class NotebookOptions
{
    /// <summary>Debian's Python, which has python3-ipykernel, jupyter_client, Jedi, pandas and the rest beside it.</summary>
    public string Python { get; set; } = "/usr/bin/python3";

    public string Bubblewrap { get; set; } = "/usr/bin/bwrap";

    /// <summary>A kernel nobody has used for this long is stopped (its variables are lost; outputs stay on the cells).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Kernels one person may have running at once; another start is refused with 429.</summary>
    public int KernelsPerUser { get; set; } = 3;

    /// <summary>A cell running longer is interrupted.</summary>
    public TimeSpan CellTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Address space of each sandboxed process (RLIMIT_AS): a bigger allocation fails with MemoryError in the cell.</summary>
    public long MemoryBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>CPU time of each sandboxed process over its life (RLIMIT_CPU).</summary>
    public int CpuSeconds { get; set; } = 3600;

    /// <summary>Processes the sandbox's user may have (RLIMIT_NPROC): a fork bomb stops at it.</summary>
    public int Processes { get; set; } = 64;

    /// <summary>Largest file a cell may write in its scratch folder (RLIMIT_FSIZE).</summary>
    public long FileBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Size of the sandbox's private /tmp.</summary>
    public long TmpBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Outputs one cell run keeps; beyond it they are dropped with a notice.</summary>
    public int OutputBytes { get; set; } = 2_000_000;

    /// <summary>
    /// When the service runs as root, each sandbox runs as a user id of its own from here on (outside its namespace;
    /// no account is needed), so the process limit counts its processes alone and no sandbox can read another's scratch.
    /// </summary>
    public int SandboxFirstUid { get; set; } = 200_000;

    /// <summary>How many user ids, from <see cref="SandboxFirstUid"/>, sandboxes take in turn.</summary>
    public int SandboxUids { get; set; } = 10_000;

    /// <summary>A folder of wheels that <c>POST /api/execute/packages</c> may install from; none by default (there is no index here).</summary>
    public string? WheelFolder { get; set; }

    /// <summary>Where sessions' scratch and dataset folders are made; a folder under the system's temporary folder by default.</summary>
    public string? WorkFolder { get; set; }
}
