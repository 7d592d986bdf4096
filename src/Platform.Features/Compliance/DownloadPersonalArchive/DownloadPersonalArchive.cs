using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Compliance;

public sealed record DownloadPersonalArchive(Guid UserId) : IRequest<string>;

/// <summary>The latest export archive of a person: theirs, or any for an administrator.</summary>
public sealed class DownloadPersonalArchiveHandler(PersonalDataArchive archive, CurrentUser caller) : IRequestHandler<DownloadPersonalArchive, string>
{
    public ValueTask<string> Handle(DownloadPersonalArchive request, CancellationToken ct)
    {
        var path = archive.LatestPath(request.UserId);
        return (caller.IsAdmin || request.UserId == caller.Id) && File.Exists(path)
            ? ValueTask.FromResult(path)
            : throw new ProblemException(StatusCodes.Status404NotFound, "No archive", $"There is no export archive of {request.UserId} you can read; open an export request first.");
    }
}
