using Mediator;
using Microsoft.Extensions.Options;

namespace Platform.Features.Query;

public sealed record GetCacheConfig : IRequest<QueryConfigResponse>;

/// <param name="TtlSeconds">How long an answer is reused.</param>
/// <param name="MaxRows">The cache's size, in rows across all answers.</param>
public sealed record QueryConfigResponse(bool Enabled, long TtlSeconds, long MaxRows, int DefaultLimit, int MaxLimit, int TimeoutMs);

public sealed class GetCacheConfigHandler(IOptions<QueryOptions> options) : IRequestHandler<GetCacheConfig, QueryConfigResponse>
{
    public ValueTask<QueryConfigResponse> Handle(GetCacheConfig request, CancellationToken ct)
    {
        var o = options.Value;
        return ValueTask.FromResult(new QueryConfigResponse(o.Cache.Enabled, (long)o.Cache.Ttl.TotalSeconds, o.Cache.MaxRows, o.DefaultLimit, o.MaxLimit, o.TimeoutMs));
    }
}
