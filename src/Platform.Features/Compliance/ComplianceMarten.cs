using Marten;

namespace Platform.Features.Compliance;

public sealed class ComplianceMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Schema.For<DataSubjectRequest>().Index(r => r.SubjectId).Index(r => r.RequestedBy);
        options.Schema.For<DataExported>().Index(e => e.SubjectId);
    }
}
