using Microsoft.Extensions.Configuration;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

public sealed class OrganizationsRegistration : IAreaRegistration
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IGroupMemberships, OrganizationGroupMemberships>();
        services.Scan(scan => scan.FromAssemblyOf<OrganizationsRegistration>()
            .AddClasses(c => c.AssignableTo<IOrganizationHoldings>()).As<IOrganizationHoldings>().WithScopedLifetime());
    }
}
