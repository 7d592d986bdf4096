using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Models;

public sealed record GetModel(Guid ModelId) : IRequest<ModelResponse>;

public sealed class GetModelHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetModel, ModelResponse>
{
    public async ValueTask<ModelResponse> Handle(GetModel request, CancellationToken ct) =>
        ModelResponse.From(await session.RequireReadableModelAsync(request.ModelId, caller, ct));
}
