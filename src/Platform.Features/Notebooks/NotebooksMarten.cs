using Marten;

namespace Platform.Features.Notebooks;

public sealed class NotebooksMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Schema.For<Notebook>().UseOptimisticConcurrency(true).Index(n => n.OwnerId).Index(n => n.RoomId!);
        options.Schema.For<NotebookCell>().Index(c => c.NotebookId);
        options.Schema.For<CellRun>().Index(r => r.CellId);
        options.Schema.For<NotebookSavepoint>().Index(s => s.NotebookId);
    }
}
