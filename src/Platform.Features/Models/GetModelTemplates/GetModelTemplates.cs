using Mediator;

namespace Platform.Features.Models;

public sealed record GetModelTemplates : IRequest<ModelTemplatesResponse>;

public sealed record ModelTemplatesResponse(IReadOnlyList<TaskSpec> Tasks, string DefaultAlgorithm);

public sealed class GetModelTemplatesHandler : IRequestHandler<GetModelTemplates, ModelTemplatesResponse>
{
    public ValueTask<ModelTemplatesResponse> Handle(GetModelTemplates request, CancellationToken ct) =>
        ValueTask.FromResult(new ModelTemplatesResponse(ModelAlgorithms.Tasks, ModelTrainer.AutoAlgorithm));
}
