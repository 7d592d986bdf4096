using Marten;

namespace Platform.Features.Common;

/// <summary>
/// An erasure in progress (a data subject's right to be forgotten): the person, and files to delete once the
/// erasure's transaction has committed (so a failed erasure leaves every file in place).
/// </summary>
public sealed class Erasure(Guid userId)
{
    private readonly List<Action> _afterCommit = [];

    public Guid UserId { get; } = userId;

    public void AfterCommit(Action deleteFiles) => _afterCommit.Add(deleteFiles);

    public void Committed()
    {
        foreach (var action in _afterCommit) action();
    }
}

/// <summary>A file an export adds beside the JSON records: its path in the archive, and how to write it.</summary>
public sealed record ExportedFile(string ArchivePath, Func<Stream, CancellationToken, Task> WriteAsync);

/// <summary>
/// An area's part in a person's data rights: the files it keeps for them (their records are found generically, by id),
/// and erasing what they made there in the erasure's transaction. Implementations anywhere in the features assembly
/// are found at start-up.
/// </summary>
public interface IPersonalData
{
    /// <summary>The person's (or organisation's) files this area keeps, in their original or an open format.</summary>
    Task<IReadOnlyList<ExportedFile>> FilesAsync(IQuerySession session, Guid ownerId, CancellationToken ct) => Task.FromResult<IReadOnlyList<ExportedFile>>([]);

    Task EraseAsync(IDocumentSession session, Erasure erasure, CancellationToken ct);
}
