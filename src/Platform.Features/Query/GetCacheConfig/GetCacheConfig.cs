using Mediator;
using Microsoft.Extensions.Options;

namespace Platform.Features.Query;

public sealed record GetCacheConfig : IRequest<QueryConfigResponse>;

/// <param name="TtlSeconds">How long an answer is reused.</param>
/// <param name="MaxBytes">The cache's size, in bytes across all answers.</param>
/// <param name="MaxAnswerBytes">The largest answer; a bigger one is refused.</param>
/// <param name="ConcurrentPerUser">Queries one user may run at once.</param>
public sealed record QueryConfigResponse(bool Enabled, long TtlSeconds, long MaxBytes, int DefaultLimit, int MaxLimit, int TimeoutMs, long MaxAnswerBytes, int ConcurrentPerUser);

public sealed class GetCacheConfigHandler(IOptions<QueryOptions> options) : IRequestHandler<GetCacheConfig, QueryConfigResponse>
{
    public ValueTask<QueryConfigResponse> Handle(GetCacheConfig request, CancellationToken ct)
    {
        var o = options.Value;
        return ValueTask.FromResult(new QueryConfigResponse(o.Cache.Enabled, (long)o.Cache.Ttl.TotalSeconds, o.Cache.MaxBytes, o.DefaultLimit, o.MaxLimit, o.TimeoutMs, o.MaxAnswerBytes, o.ConcurrentPerUser));
    }
}
