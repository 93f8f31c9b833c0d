using CouplingBot.Sandbox.OData;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.BusinessCentral;

/// <summary>
/// contactsInformation: read-only (GET list and GET one by <c>contactId</c>); any write is BC's 405
/// <c>BadRequest_MethodNotAllowed</c>, as the API page allows no insert, modify or delete.
/// </summary>
public sealed partial class BcApi
{
    private async Task ContactsInformationAsync(HttpContext context, BcResource resource, CancellationToken cancellationToken)
    {
        var companyId = resource.CompanyId!.Value;
        var method = context.Request.Method;
        if (!HttpMethods.IsGet(method))
        {
            throw BcErrors.MethodNotAllowed(method);
        }

        EnsureCompany(Store.Current, companyId);
        var entity = _service[BcEntitySets.ContactsInformation];
        var contextPath = $"companies({companyId:D})/{BcEntitySets.ContactsInformation}";
        var rows = BcContactRules.Information(Store.Current, companyId);
        if (resource.Id is not { } id)
        {
            await WriteListAsync(context, entity, rows, contextPath, ["contactNumber"], cancellationToken).ConfigureAwait(false);
            return;
        }

        var row = rows.FirstOrDefault(r => r.Id == id) ?? throw BcErrors.RecordNotFound("Contact Business Relation");
        await WriteEntityAsync(context, 200, entity, row, contextPath, cancellationToken).ConfigureAwait(false);
    }
}
