using Microsoft.Extensions.Configuration;

namespace Platform.Features.Common;

/// <summary>
/// How a feature area adds its own services (options, hosted services, authentication pieces) without
/// the host naming it: every implementation in this assembly is found and called once at start-up.
/// </summary>
public interface IAreaRegistration
{
    void Register(IServiceCollection services, IConfiguration configuration);
}
