using Marten;

namespace Platform.Features.Common;

/// <summary>Someone whose account is being deleted, and who receives what they own.</summary>
/// <param name="Erasing">The person's data is being erased (a right-to-erasure request): what is theirs alone is deleted, not handed over.</param>
public sealed record AccountHandover(Guid UserId, Guid SuccessorId, string SuccessorEmail, bool Erasing = false);

/// <summary>One kind of thing a person owns, and how many.</summary>
public sealed record Holding(string Kind, long Count);

/// <summary>
/// An area's part in deleting an account: what the person owns there, and handing it to the successor in the
/// deletion's own transaction. Implementations anywhere in the features assembly are found at start-up.
/// </summary>
public interface IAccountHandover
{
    Task<IReadOnlyList<Holding>> OwnedAsync(IQuerySession session, Guid userId, CancellationToken ct);

    Task HandOverAsync(IDocumentSession session, AccountHandover handover, CancellationToken ct);
}
