using Microsoft.Extensions.Configuration;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

public sealed class RoomsRegistration : IAreaRegistration
{
    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.Scan(scan => scan.FromAssemblyOf<RoomsRegistration>()
            .AddClasses(c => c.AssignableTo<IRoomStatusContributor>()).As<IRoomStatusContributor>().WithScopedLifetime());
}
