using Marten;
using Marten.Schema;

namespace Platform.Features.Jobs;

public sealed class JobsMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Schema.For<Job>()
            .UseOptimisticConcurrency(true)
            .Index(j => j.OwnerId).Index(j => j.Status).Index(j => j.ScheduleId).Index(j => j.TemplateId)
            // A schedule's slot becomes one job, whichever instance fires it and however often.
            .UniqueIndex(UniqueIndexType.Computed, "job_schedule_slot", j => j.ScheduleId!, j => j.ScheduledFor!);
        // The leader's firing and a person's edit both write the whole schedule; neither may undo the other.
        options.Schema.For<Schedule>().UseOptimisticConcurrency(true).Index(s => s.OwnerId);
        options.Schema.For<DispatcherInstance>().Identity(i => i.Id);
    }
}
