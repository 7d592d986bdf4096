using System.Net;
using System.Net.Http.Json;

namespace Platform.Tests.Organizations;

/// <summary>
/// Datasets and dashboards that belong to an organisation: its members read them, its owners and admins change them,
/// outsiders see nothing, and the organisation cannot be deleted while it holds any.
/// </summary>
public sealed class OrganizationHoldingsTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private sealed record Setup(Person Owner, Person Admin, Person Member, Person Colleague, Person Outsider, Guid Organization);

    private async Task<Setup> SetUpAsync()
    {
        var owner = await Person.RegisterAsync(factory);
        var admin = await Person.RegisterAsync(factory);
        var member = await Person.RegisterAsync(factory);
        var colleague = await Person.RegisterAsync(factory);
        var outsider = await Person.RegisterAsync(factory);
        var organization = (await (await owner.Client.PostAsJsonAsync("/api/organizations", new { name = "Acme" })).JsonAsync(HttpStatusCode.Created)).Id();
        foreach (var (person, role) in new[] { (admin, "admin"), (member, "member"), (colleague, "member") })
            await (await owner.Client.PostAsJsonAsync($"/api/organizations/{organization}/members", new { email = person.Email, role })).EnsureStatus(HttpStatusCode.Created);
        return new Setup(owner, admin, member, colleague, outsider, organization);
    }

    private static Task<HttpResponseMessage> UploadAsync(Person person, Guid? organization) =>
        person.Client.PostAsync("/api/datasets", new MultipartFormDataContent
        {
            { new ByteArrayContent("region,amount\nnorth,10\nsouth,20\n"u8.ToArray()), "file", "sales.csv" },
            { new StringContent(organization?.ToString() ?? "not-an-id"), "organizationId" },
        });

    private static async Task<IEnumerable<Guid>> ListedAsync(Person person, string url) =>
        (await (await person.Client.GetAsync(url)).JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.Id()).ToList();

    [Fact]
    public async Task Members_read_an_organisations_dataset_its_managers_change_it_and_outsiders_get_404()
    {
        var s = await SetUpAsync();
        await (await UploadAsync(s.Outsider, s.Organization)).ProblemAsync(HttpStatusCode.NotFound);
        await (await UploadAsync(s.Member, null)).ProblemAsync(HttpStatusCode.BadRequest);
        var dataset = await (await UploadAsync(s.Member, s.Organization)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(s.Organization, dataset.GetProperty("organizationId").GetGuid());
        var id = dataset.Id();

        await (await s.Colleague.Client.GetAsync($"/api/datasets/{id}")).EnsureStatus(HttpStatusCode.OK);
        var total = await (await s.Colleague.Client.PostAsJsonAsync("/api/query/sql", new { datasetId = id, sql = $"select sum(amount) as total from {dataset.GetProperty("tableName").GetString()}" })).JsonAsync();
        Assert.Equal(30, total.GetProperty("rows")[0][0].GetInt32());
        Assert.Contains(id, await ListedAsync(s.Colleague, $"/api/datasets?organizationId={s.Organization}"));
        Assert.DoesNotContain(id, await ListedAsync(s.Colleague, "/api/datasets"));
        await (await s.Colleague.Client.PatchAsJsonAsync($"/api/datasets/{id}", new { name = "Mine" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await s.Colleague.Client.DeleteAsync($"/api/datasets/{id}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await s.Admin.Client.PatchAsJsonAsync($"/api/datasets/{id}", new { name = "Sales by region" })).EnsureStatus(HttpStatusCode.OK);

        await (await s.Outsider.Client.GetAsync($"/api/datasets/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await s.Outsider.Client.PatchAsJsonAsync($"/api/datasets/{id}", new { name = "Mine" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await s.Outsider.Client.GetAsync($"/api/datasets?organizationId={s.Organization}")).ProblemAsync(HttpStatusCode.NotFound);

        var refused = await (await s.Owner.Client.DeleteAsync($"/api/organizations/{s.Organization}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("1 datasets", refused.GetProperty("detail").GetString());

        // Leaving the organisation closes its datasets at once.
        await (await s.Owner.Client.DeleteAsync($"/api/organizations/{s.Organization}/members/{s.Colleague.Id}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await s.Colleague.Client.GetAsync($"/api/datasets/{id}")).ProblemAsync(HttpStatusCode.NotFound);

        await (await s.Owner.Client.DeleteAsync($"/api/datasets/{id}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await s.Owner.Client.DeleteAsync($"/api/organizations/{s.Organization}")).EnsureStatus(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Members_see_an_organisations_dashboards_its_managers_and_creator_change_them_and_outsiders_get_404()
    {
        var s = await SetUpAsync();
        var room = await s.Member.CreateRoomAsync();
        await (await s.Member.Client.PostAsJsonAsync("/api/dashboards", new { name = "Both", roomId = room, organizationId = s.Organization })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await s.Outsider.Client.PostAsJsonAsync("/api/dashboards", new { name = "Sneaky", organizationId = s.Organization })).ProblemAsync(HttpStatusCode.NotFound);
        var dashboard = await (await s.Member.Client.PostAsJsonAsync("/api/dashboards", new { name = "Weekly", organizationId = s.Organization })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(s.Organization, dashboard.GetProperty("organizationId").GetGuid());
        var id = dashboard.Id();

        await (await s.Colleague.Client.GetAsync($"/api/dashboards/{id}")).EnsureStatus(HttpStatusCode.OK);
        Assert.Contains(id, await ListedAsync(s.Colleague, "/api/dashboards"));
        Assert.Contains(id, await ListedAsync(s.Colleague, $"/api/dashboards?organizationId={s.Organization}"));
        await (await s.Colleague.Client.PatchAsJsonAsync($"/api/dashboards/{id}", new { name = "Mine" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await s.Admin.Client.PatchAsJsonAsync($"/api/dashboards/{id}", new { name = "Weekly figures" })).EnsureStatus(HttpStatusCode.OK);
        await (await s.Member.Client.PatchAsJsonAsync($"/api/dashboards/{id}", new { name = "Weekly numbers" })).EnsureStatus(HttpStatusCode.OK);

        await (await s.Outsider.Client.GetAsync($"/api/dashboards/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await s.Outsider.Client.DeleteAsync($"/api/dashboards/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(id, await ListedAsync(s.Outsider, "/api/dashboards"));
        await (await s.Outsider.Client.GetAsync($"/api/dashboards?organizationId={s.Organization}")).ProblemAsync(HttpStatusCode.NotFound);

        var refused = await (await s.Owner.Client.DeleteAsync($"/api/organizations/{s.Organization}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("1 dashboards", refused.GetProperty("detail").GetString());
        await (await s.Admin.Client.DeleteAsync($"/api/dashboards/{id}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await s.Owner.Client.DeleteAsync($"/api/organizations/{s.Organization}")).EnsureStatus(HttpStatusCode.NoContent);
    }
}
