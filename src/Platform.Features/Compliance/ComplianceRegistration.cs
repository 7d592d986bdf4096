using Microsoft.Extensions.Configuration;
using Platform.Features.Common;

namespace Platform.Features.Compliance;

public sealed class ComplianceRegistration : IAreaRegistration
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.Scan(scan => scan.FromAssemblyOf<ComplianceRegistration>().AddClasses(c => c.AssignableTo<IPersonalData>()).As<IPersonalData>().WithScopedLifetime());
        services.AddScoped<PersonalDataArchive>();
        services.AddScoped<PersonalDataErasure>();
    }
}
