using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Models;

public sealed record DownloadModelArtifact(Guid ModelId) : IRequest<ModelArtifact>;

public sealed record ModelArtifact(Stream Content, string FileName);

public sealed class DownloadModelArtifactHandler(IQuerySession session, CurrentUser caller, ModelFiles files) : IRequestHandler<DownloadModelArtifact, ModelArtifact>
{
    public async ValueTask<ModelArtifact> Handle(DownloadModelArtifact request, CancellationToken ct)
    {
        var model = (await session.RequireReadableModelAsync(request.ModelId, caller, ct)).RequireReady();
        var path = files.Artifact(model.Id);
        if (!File.Exists(path)) throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "The model's artifact is missing from the data folder.");
        var name = string.Concat($"{model.DatasetName}-{model.Target}-{model.Algorithm}".Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
        return new ModelArtifact(File.OpenRead(path), $"{name}.zip");
    }
}
