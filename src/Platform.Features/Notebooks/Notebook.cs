using System.Text.Json;
using Marten.Schema;

namespace Platform.Features.Notebooks;

/// <summary>A notebook: cells of Python, SQL or Markdown run over its datasets (its room's, or its owner's own).</summary>
public sealed class Notebook
{
    public Guid Id { get; set; }
    [Version]
    public Guid DocumentVersion { get; set; }
    public Guid OwnerId { get; set; }

    /// <summary>A room's notebook: its editors change and run it, its members read it; its cells see the room's datasets.</summary>
    public Guid? RoomId { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One cell with the outputs of its last run, kept so a reload shows them.</summary>
public sealed class NotebookCell
{
    public Guid Id { get; set; }
    public Guid NotebookId { get; set; }

    /// <summary>python, sql or markdown.</summary>
    public string Kind { get; set; } = CellKind.Python;
    public string Source { get; set; } = "";

    /// <summary>Its place in the notebook, from 0.</summary>
    public int Position { get; set; }

    /// <summary>idle (never run), queued, running, ok, error or aborted.</summary>
    public string Status { get; set; } = CellStatus.Idle;
    public int? ExecutionCount { get; set; }
    public List<CellOutput> Outputs { get; set; } = [];
    public Guid? LastRunId { get; set; }
    public DateTimeOffset? LastRunAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A Jupyter output: its type (stream, display_data, execute_result, error) and content as the kernel sent it.</summary>
public sealed record CellOutput(string Type, JsonElement Content);

/// <summary>One run of a cell; its frames are the resumable stream of the same id.</summary>
public sealed class CellRun
{
    public Guid Id { get; set; }
    public Guid CellId { get; set; }
    public Guid NotebookId { get; set; }
    public Guid StartedBy { get; set; }
    public string Status { get; set; } = CellStatus.Queued;
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}

/// <summary>The whole notebook at one moment: every cell with its source and outputs.</summary>
public sealed class NotebookSavepoint
{
    public Guid Id { get; set; }
    public Guid NotebookId { get; set; }
    public string Name { get; set; } = "";
    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<SavedCell> Cells { get; set; } = [];
}

public sealed record SavedCell(Guid Id, string Kind, string Source, int Position, string Status, int? ExecutionCount, List<CellOutput> Outputs);

public static class CellKind
{
    public const string Python = "python";
    public const string Sql = "sql";
    public const string Markdown = "markdown";
    public static readonly string[] All = [Python, Sql, Markdown];
}

public static class CellStatus
{
    public const string Idle = "idle";
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Ok = "ok";
    public const string Error = "error";
    public const string Aborted = "aborted";
}
