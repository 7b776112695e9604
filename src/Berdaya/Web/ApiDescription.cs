using Microsoft.AspNetCore.OpenApi;
using Scalar.AspNetCore;

namespace Berdaya.Web;

/// <summary>
/// The API description (<c>/openapi/v1.json</c>) and its reader (<c>/api-docs</c>). Public outside
/// Production; in Production only for signed-in users unless <c>OpenApi__Public</c> says otherwise.
/// </summary>
public static class ApiDescription
{
    public static void Configure(OpenApiOptions options) => options.CreateSchemaReferenceId = SchemaId;

    /// <summary>
    /// Every use case nests a record named <c>Command</c>; named by the type alone they would be one
    /// schema, so a nested type is named with the types it is declared in (<c>RecordRepaymentCommand</c>).
    /// </summary>
    public static string? SchemaId(System.Text.Json.Serialization.Metadata.JsonTypeInfo type)
    {
        var id = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        if (id is null)
        {
            return null;
        }

        for (var outer = type.Type.DeclaringType; outer is not null; outer = outer.DeclaringType)
        {
            id = outer.Name + id;
        }

        return id;
    }

    public static void MapApiDescription(this WebApplication app)
    {
        var description = app.MapOpenApi();
        var reader = app.MapScalarApiReference("/api-docs");
        if (app.Configuration.GetValue("OpenApi:Public", !app.Environment.IsProduction()))
        {
            description.AllowAnonymous();
            reader.AllowAnonymous();
        }
    }
}
