using Marten;

namespace Platform.Features.Common;

/// <summary>
/// An area's account of whom a person already shares something with (a room, an organisation): the people a
/// search for users may show them. Implementations anywhere in the features assembly are found at start-up.
/// </summary>
public interface IAcquaintances
{
    Task<IReadOnlyCollection<Guid>> OfAsync(IQuerySession session, Guid userId, CancellationToken ct);
}
