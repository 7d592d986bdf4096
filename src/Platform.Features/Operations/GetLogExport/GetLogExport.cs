using Marten;
using Mediator;

namespace Platform.Features.Operations;

public sealed record GetLogExport : IRequest<LogExportResponse>;

public sealed class GetLogExportHandler(IQuerySession session) : IRequestHandler<GetLogExport, LogExportResponse>
{
    public async ValueTask<LogExportResponse> Handle(GetLogExport request, CancellationToken ct) =>
        LogExportResponse.From(await session.LoadAsync<LogExportSettings>(LogExportSettings.SingletonId, ct));
}
