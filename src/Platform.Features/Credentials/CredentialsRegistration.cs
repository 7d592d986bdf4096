using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Features.Common;

namespace Platform.Features.Credentials;

public sealed class CredentialsRegistration : IAreaRegistration
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CredentialUsage>();
        services.AddSingleton<CredentialLanguageModels>();
        // People's and organisations' credentials choose the model before the server's configuration does.
        services.Replace(ServiceDescriptor.Singleton<ILanguageModels>(provider => provider.GetRequiredService<CredentialLanguageModels>()));
    }
}
